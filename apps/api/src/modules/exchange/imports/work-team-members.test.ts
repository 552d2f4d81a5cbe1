import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bureauToday } from '../../../common/clock';
import { addDays } from '../../../common/date';
import { auditLog, YING_HU } from '../../../test/access';
import { LAO_CHENG } from '../../../test/factories';
import { startTestApi, type TestApi } from '../../../test/harness';
import { commitImport, uploadImport, workbookOf } from '../../../test/imports';
import { Role } from '../../identity/identity.enums';

/**
 * 工作队员 import: one row per term, matched on 村代码 + 姓名 + 派出单位 + 到岗日期. New terms go
 * through the same addMember as the form (a new cadre registered on the way), a row with 离队日期
 * ends a term in post, a file imported twice writes nothing the second time, and every refusal is
 * reported by row and column with nothing written.
 */

const COLUMNS = ['村代码', '姓名', '派出单位', '单位职务', '队内职务', '到岗日期', '离队日期', '离队原因'];
const today = bureauToday();

type Row = Partial<Record<(typeof COLUMNS)[number], unknown>>;

interface Team {
  id: string;
  village_code: string;
}

describe('工作队员 import', () => {
  let api: TestApi;
  let template: Buffer;
  /** Two villages of 瀛湖镇 with a team in post. */
  let teamA: Team;
  let teamB: Team;

  const upload = (file: Buffer, cookie = api.gql.cookie) =>
    uploadImport(api, file, { dataset: 'WORK_TEAM_MEMBERS', cookie, fileName: '工作队员.xlsx' });
  const commit = (id: string, cookie = api.gql.cookie) => commitImport(api, id, cookie);

  /** The downloaded template with these rows from row 4 on. */
  async function fileOf(rows: Row[]): Promise<Buffer> {
    const workbook = await workbookOf(template);
    const sheet = workbook.worksheets[0];
    for (const values of rows) sheet.addRow(COLUMNS.map((h) => values[h] ?? null));
    return Buffer.from(await workbook.xlsx.writeBuffer());
  }

  /** What an import could write: terms, cadres, and their audit records. */
  async function written() {
    const [row] = await api.ownerQuery(
      `SELECT (SELECT count(*) FROM work_team_member)::int AS members,
              (SELECT count(*) FROM cadre)::int AS cadres,
              (SELECT max(updated_at)::text FROM work_team_member) AS "lastUpdate",
              (SELECT count(*) FROM audit_log WHERE action LIKE 'work_team_member.%')::int AS audits`,
    );
    return row as { members: number; cadres: number; lastUpdate: string; audits: number };
  }

  /** A term of a cadre whose name is unique in their unit, as a row of the file. */
  async function termRow(where: string, params: unknown[]): Promise<Row & { id: string }> {
    const [t] = await api.ownerQuery(
      `SELECT m.id, t.village_code, c.name, u.name AS unit, m.role, m.started_on::text AS started_on,
              m.ended_on::text AS ended_on, m.end_reason
         FROM work_team_member m JOIN work_team t ON t.id = m.team_id
         JOIN cadre c ON c.id = m.cadre_id JOIN dispatching_unit u ON u.id = c.unit_id
        WHERE ${where}
          AND (SELECT count(*) FROM cadre c2 WHERE c2.name = c.name AND c2.unit_id = c.unit_id) = 1
        ORDER BY m.started_on, m.id LIMIT 1`,
      params,
    );
    expect(t, where).toBeDefined();
    const reasons: Record<string, string> = {
      ROTATED: '轮换',
      TERM_COMPLETED: '任期届满',
      RECALLED: '召回',
      OTHER: '其他',
    };
    return {
      id: t.id,
      村代码: t.village_code,
      姓名: t.name,
      派出单位: t.unit,
      队内职务: t.role === 'LEADER' ? '队长' : '队员',
      到岗日期: t.started_on,
      离队日期: t.ended_on,
      离队原因: t.end_reason ? reasons[t.end_reason] : null,
    };
  }

  beforeAll(async () => {
    api = await startTestApi();
    const res = await fetch(`${api.url}/api/imports/templates/WORK_TEAM_MEMBERS.xlsx`, {
      headers: { cookie: api.gql.cookie },
    });
    expect(res.status).toBe(200);
    template = Buffer.from(await res.arrayBuffer());
    [teamA, teamB] = await api.ownerQuery(
      `SELECT id, village_code FROM work_team WHERE town_code = $1 AND dissolved_on IS NULL ORDER BY village_code LIMIT 2`,
      [YING_HU.code],
    );
  });
  afterAll(() => api?.close());

  it('the template has the columns, the required ones marked, and a 填写说明 with every choice', async () => {
    const workbook = await workbookOf(template);
    const sheet = workbook.worksheets[0];
    expect(sheet.name).toBe('工作队员');
    expect((sheet.getRow(3).values as unknown[]).slice(1)).toEqual(COLUMNS);
    const required = COLUMNS.filter((_, i) => sheet.getRow(3).getCell(i + 1).note);
    expect(required).toEqual(['村代码', '姓名', '派出单位', '队内职务', '到岗日期']);
    const notes = workbook.getWorksheet('填写说明');
    if (!notes) throw new Error('no 填写说明 sheet');
    expect(notes.getRow(1).values).toEqual([undefined, '列', '必填', '说明', '可选值']);
    const lines = new Map(
      COLUMNS.map((_, i) => {
        const [, column, mandatory, note, choices] = notes.getRow(i + 2).values as unknown[];
        return [column, { mandatory, note: String(note), choices }];
      }),
    );
    expect([...lines.keys()]).toEqual(COLUMNS);
    expect(lines.get('队内职务')?.choices).toBe('队长、队员');
    expect(lines.get('离队原因')?.choices).toBe('轮换、任期届满、召回、其他');
    expect(lines.get('离队原因')?.note).toMatch(/填了离队日期的必填/);
    expect(lines.get('派出单位')?.note).toMatch(/全称/);
    // A members list as exported (镇办, 村, 工作队 beside the codes) is read past, not refused.
    const footer = notes.getRow(COLUMNS.length + 3).getCell(1).value;
    expect(String(footer)).toMatch(/^一行为一段任期.*镇办、村、工作队/);
  });

  describe('adding, re-importing and ending', () => {
    let freeCadre: Row;
    let added: Row[];
    let file: Buffer;
    let checkedSha: string;

    it('adds members (a new cadre registered once, history entered as it was), audited with the file’s hash', async () => {
      // Someone whose earlier term ended and who serves nowhere now.
      freeCadre = await termRow(
        `m.ended_on IS NOT NULL AND NOT EXISTS (SELECT 1 FROM work_team_member n WHERE n.cadre_id = m.cadre_id AND n.ended_on IS NULL)`,
        [],
      );
      added = [
        {
          村代码: teamA.village_code,
          姓名: '林晓岚',
          派出单位: '区财政局',
          单位职务: '副科长',
          队内职务: '队员',
          到岗日期: addDays(today, -20),
        },
        {
          村代码: teamA.village_code,
          姓名: freeCadre.姓名,
          派出单位: freeCadre.派出单位,
          队内职务: '队员',
          到岗日期: new Date(`${addDays(today, -15)}T00:00:00Z`),
        },
        // 柯文静 moved from team B to team A: her new term comes first in the file, her old one after.
        {
          村代码: teamA.village_code,
          姓名: '柯文静',
          派出单位: '区水利局',
          队内职务: '队长',
          到岗日期: addDays(today, -9),
        },
        {
          村代码: teamB.village_code,
          姓名: '柯文静',
          派出单位: '区水利局',
          队内职务: '队员',
          到岗日期: addDays(today, -40),
          离队日期: addDays(today, -10),
          离队原因: '任期届满',
        },
      ];
      file = await fileOf(added);
      const before = await written();
      const checked = await upload(file);
      expect(checked.status, JSON.stringify(checked.body)).toBeLessThan(300);
      expect(checked.body).toMatchObject({ status: 'CHECKED', rows: 4, created: 4, updated: 0, unchanged: 0 });
      // The check wrote nothing.
      expect(await written()).toEqual(before);

      const done = await commit(checked.body.id);
      expect(done.status, JSON.stringify(done.body)).toBeLessThan(300);
      expect(done.body).toMatchObject({ status: 'COMMITTED', created: 4, updated: 0 });
      checkedSha = checked.body.sha256;
      const after = await written();
      expect(after.members).toBe(before.members + 4);
      // Two new cadres, each once; the one already registered is not registered again.
      expect(after.cadres).toBe(before.cadres + 2);

      const terms = await api.ownerQuery(
        `SELECT t.village_code, c.name, c.title, u.name AS unit, m.role, m.started_on::text AS started_on,
                m.ended_on::text AS ended_on, m.end_reason
           FROM work_team_member m JOIN work_team t ON t.id = m.team_id
           JOIN cadre c ON c.id = m.cadre_id JOIN dispatching_unit u ON u.id = c.unit_id
          WHERE c.name = ANY($1) AND m.started_on >= $2 ORDER BY m.started_on, c.name`,
        [['林晓岚', freeCadre.姓名, '柯文静'], addDays(today, -40)],
      );
      expect(terms).toEqual([
        {
          village_code: teamB.village_code,
          name: '柯文静',
          title: '',
          unit: '区水利局',
          role: 'MEMBER',
          started_on: addDays(today, -40),
          ended_on: addDays(today, -10),
          end_reason: 'TERM_COMPLETED',
        },
        {
          village_code: teamA.village_code,
          name: '林晓岚',
          title: '副科长',
          unit: '区财政局',
          role: 'MEMBER',
          started_on: addDays(today, -20),
          ended_on: null,
          end_reason: null,
        },
        expect.objectContaining({
          village_code: teamA.village_code,
          name: freeCadre.姓名,
          unit: freeCadre.派出单位,
          started_on: addDays(today, -15),
          ended_on: null,
        }),
        {
          village_code: teamA.village_code,
          name: '柯文静',
          title: '',
          unit: '区水利局',
          role: 'LEADER',
          started_on: addDays(today, -9),
          ended_on: null,
          end_reason: null,
        },
      ]);
      const [{ n }] = await api.ownerQuery(`SELECT count(*)::int AS n FROM cadre WHERE name = '柯文静'`);
      expect(n).toBe(1);
      // What the team's page shows.
      const team = await api.gql(
        `query ($id: ID!) { workTeam(id: $id) { memberCount members { startedOn cadre { name title } } } }`,
        { id: teamA.id },
      );
      expect(team.data?.workTeam.members).toEqual(
        expect.arrayContaining([{ startedOn: addDays(today, -20), cadre: { name: '林晓岚', title: '副科长' } }]),
      );

      const adds = await auditLog(api.gql, {
        entityType: 'work_team',
        entityId: teamA.id,
        action: 'work_team_member.add',
      });
      expect(adds.map((a) => a.after?.cadreName).sort()).toEqual(expect.arrayContaining(['林晓岚', freeCadre.姓名]));
      const historyB = await auditLog(api.gql, { entityType: 'work_team', entityId: teamB.id });
      const entered = historyB.filter((a) => a.action === 'work_team_member.add' && a.after?.cadreName === '柯文静');
      expect(entered).toHaveLength(1);
      const [left] = historyB.filter(
        (a) => a.action === 'work_team_member.end' && a.after?.id === entered[0].after?.id,
      );
      expect(left.after).toMatchObject({ endedOn: addDays(today, -10), endReason: 'TERM_COMPLETED' });
      const [committed] = await auditLog(api.gql, {
        entityType: 'import',
        entityId: checked.body.id,
        action: 'import.committed',
      });
      expect(committed.details).toMatchObject({
        dataset: 'WORK_TEAM_MEMBERS',
        sha256: checkedSha,
        rows: 4,
        created: 4,
        updated: 0,
      });
      expect(checkedSha).toMatch(/^[0-9a-f]{64}$/);
    });

    it('the same file again changes nothing: every row unchanged, and committing it writes nothing', async () => {
      const before = await written();
      const checked = await upload(file);
      expect(checked.body).toMatchObject({ status: 'CHECKED', rows: 4, created: 0, updated: 0, unchanged: 4 });
      const done = await commit(checked.body.id);
      expect(done.body).toMatchObject({ status: 'COMMITTED', created: 0, updated: 0, unchanged: 4 });
      expect(await written()).toEqual(before);
    });

    it('a row with 离队日期 ends that term in post; the other rows stay as they are', async () => {
      const [term] = await api.ownerQuery(
        `SELECT m.id, m.version FROM work_team_member m JOIN cadre c ON c.id = m.cadre_id
          WHERE c.name = '林晓岚' AND m.ended_on IS NULL`,
      );
      const ending = [{ ...added[0], 离队日期: addDays(today, -1), 离队原因: '召回' }, ...added.slice(1)];
      const before = await written();
      const checked = await upload(await fileOf(ending));
      expect(checked.body).toMatchObject({ status: 'CHECKED', created: 0, updated: 1, unchanged: 3 });
      expect(await written()).toEqual(before);
      expect((await commit(checked.body.id)).body).toMatchObject({ status: 'COMMITTED', updated: 1 });
      const [ended] = await api.ownerQuery(
        'SELECT ended_on::text AS ended_on, end_reason, version FROM work_team_member WHERE id = $1',
        [term.id],
      );
      expect(ended).toEqual({ ended_on: addDays(today, -1), end_reason: 'RECALLED', version: term.version + 1 });
      const [end] = await auditLog(api.gql, {
        entityType: 'work_team',
        entityId: teamA.id,
        action: 'work_team_member.end',
      });
      expect(end.before).toMatchObject({ id: term.id, endedOn: null });
      expect(end.after).toMatchObject({ id: term.id, endedOn: addDays(today, -1), endReason: 'RECALLED' });
      expect((await written()).members).toBe(before.members);
      // And that file, imported again, is all unchanged too.
      const again = await upload(await fileOf(ending));
      expect(again.body).toMatchObject({ status: 'CHECKED', created: 0, updated: 0, unchanged: 4 });
    });
  });

  it('the dry run finds every planted error, by row and column, and writes nothing', async () => {
    const [noTeam] = await api.ownerQuery(
      `SELECT v.code FROM village v
        WHERE NOT EXISTS (SELECT 1 FROM work_team t WHERE t.village_code = v.code AND t.dissolved_on IS NULL)
        ORDER BY (v.town_code = $1) DESC, v.code LIMIT 1`,
      [YING_HU.code],
    );
    const busy = await termRow('m.ended_on IS NULL AND t.id <> $1 AND t.town_code = $2', [teamA.id, YING_HU.code]);
    const inPost = await termRow('m.ended_on IS NULL AND t.id = $1', [teamA.id]);
    const ended = await termRow('m.ended_on IS NOT NULL AND t.town_code = $1', [YING_HU.code]);
    const good: Row = {
      村代码: teamA.village_code,
      姓名: '宋一鸣',
      派出单位: '区民政局',
      单位职务: '科员',
      队内职务: '队员',
      到岗日期: addDays(today, -5),
    };
    const { id: _busyId, ...busyRow } = busy;
    const rows: Row[] = [
      good, // row 4: fine
      { ...good, 姓名: '甲乙', 派出单位: '区火星局' }, // 5: no such unit
      { ...good, 姓名: '丙丁', 村代码: noTeam.code }, // 6: the village has no team in post
      { ...good, 姓名: '戊己', 离队日期: addDays(today, -1) }, // 7: 离队日期 without 离队原因
      { ...busyRow, 村代码: teamA.village_code, 到岗日期: addDays(today, -3), 离队日期: null, 离队原因: null }, // 8: in another team
      { ...good, 姓名: '庚辛', 到岗日期: '2021-02-30' }, // 9: no such day
      { ...good }, // 10: the key of row 4 again
      { ...inPost, 队内职务: inPost.队内职务 === '队长' ? '队员' : '队长' }, // 11: a term's role changed
      { ...ended, 离队日期: addDays(String(ended.离队日期), 1) }, // 12: an ended term's date changed
      { ...good, 姓名: '壬癸', 到岗日期: addDays(today, 1) }, // 13: starts tomorrow
      { ...good, 姓名: '张三3' }, // 14: not a name
    ].map((r) => {
      const { id: _id, ...row } = r as Row & { id?: string };
      return row;
    });
    const before = await written();
    const checked = await upload(await fileOf(rows));
    expect(checked.status).toBeLessThan(300);
    expect(checked.body.status).toBe('REJECTED');
    expect(checked.body.problems.map((p) => [p.row, p.column])).toEqual([
      [5, '派出单位'],
      [6, '村代码'],
      [7, '离队原因'],
      [8, '姓名'],
      [9, '到岗日期'],
      [10, '村代码'],
      [11, '队内职务'],
      [12, '离队日期'],
      [13, '到岗日期'],
      [14, '姓名'],
    ]);
    const message = (row: number) => checked.body.problems.find((p) => p.row === row)?.message;
    expect(message(5)).toMatch(/^派出单位不存在：区火星局/);
    expect(message(6)).toMatch(/没有在驻的工作队/);
    expect(message(7)).toBe('填写了离队日期，须同时填写离队原因');
    expect(message(8)).toMatch(new RegExp(`^${busy.姓名}已在.+工作队，同一人不能同时在两个工作队$`));
    expect(message(9)).toMatch(/不是有效日期/);
    expect(message(10)).toBe(
      `与第 4 行的村代码、姓名、派出单位、到岗日期“${teamA.village_code}、宋一鸣、区民政局、${good.到岗日期}”重复`,
    );
    expect(message(11)).toMatch(/请在系统中办理/);
    expect(message(12)).toMatch(/请在系统中办理/);
    expect(message(13)).toBe('到岗日期不能晚于今天');
    expect(message(14)).toBe('姓名应为 1 到 50 个汉字或字母');
    // The good row was applied during the check and rolled back with the rest.
    expect(await written()).toEqual(before);
    const [{ n }] = await api.ownerQuery(`SELECT count(*)::int AS n FROM cadre WHERE name = '宋一鸣'`);
    expect(n).toBe(0);
    // A rejected file cannot be committed.
    const refused = await commit(checked.body.id);
    expect(refused.status).toBe(409);
    expect(await written()).toEqual(before);
  });

  it('a town clerk cannot import into another town, nor learn what its teams hold', async () => {
    const clerk = await api.signInAs(Role.TOWN_STAFF, YING_HU.code);
    const theirs = await termRow('m.ended_on IS NULL AND t.town_code = $1', [LAO_CHENG.code]);
    const { id: _id, ...theirRow } = theirs;
    const before = await written();
    const checked = await upload(
      await fileOf([
        theirRow, // exactly as held: still refused, not "unchanged"
        { ...theirRow, 姓名: '钱多多', 到岗日期: addDays(today, -2) },
      ]),
      clerk.cookie,
    );
    expect(checked.body.status).toBe('REJECTED');
    expect(checked.body.problems).toEqual([
      { row: 4, column: '村代码', message: '只能在本镇办范围内办理' },
      { row: 5, column: '村代码', message: '只能在本镇办范围内办理' },
    ]);
    expect(await written()).toEqual(before);
    // An auditor may not import at all.
    const auditor = await api.signInAs(Role.AUDITOR);
    const refused = await upload(await fileOf([theirRow]), auditor.cookie);
    expect(refused.status).toBe(403);
  });
});
