import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maskIdNumber } from '../../../common/id-number';
import { YING_HU } from '../../../test/access';
import { startTestApi, type TestApi } from '../../../test/harness';
import { commitImport, uploadImport, workbookOf, xlsxOf } from '../../../test/imports';
import { createHousehold, HOUSEHOLD_FIELDS, headInput, newIdNumber } from '../../../test/monitoring-fixtures';
import { Role } from '../../identity/identity.enums';

/**
 * 农户及家庭成员 imports: one row per person, matched on the ID number, grouped under the head's ID
 * number. ID numbers stay sealed: no problem, audit record or batch repeats one in clear.
 */

const HEADER = [
  '身份证号',
  '姓名',
  '与户主关系',
  '户主身份证号',
  '村代码',
  '村民小组',
  '家庭住址',
  '农户类型',
  '易地搬迁户',
  '联系电话',
  '健康状况',
  '文化程度',
  '劳动技能',
  '务工情况',
  '务工地点',
  '基本医疗保险',
];

interface Person {
  id: string;
  name?: string;
  relation?: string;
  head?: string;
  village?: string;
  group?: string;
  category?: string;
  relocated?: string;
  phone?: string;
  health?: string;
  education?: string;
  skill?: string;
  work?: string;
  workPlace?: string;
  insured?: string;
}

function rowOf(p: Person): unknown[] {
  return [
    p.id,
    p.name ?? '张三',
    p.relation ?? '户主',
    p.head ?? null,
    p.village ?? null,
    p.group ?? null,
    null,
    p.category ?? null,
    p.relocated ?? null,
    p.phone ?? null,
    p.health ?? null,
    p.education ?? '初中',
    p.skill ?? '普通劳动力',
    p.work ?? '务农',
    p.workPlace ?? null,
    p.insured ?? null,
  ];
}

const fileOf = (people: Person[]) => xlsxOf([HEADER, ...people.map(rowOf)], '农户');

describe('household imports', () => {
  let api: TestApi;

  const householdOf = async (idNumber: string) => {
    const result = await api.gql(
      `query ($filter: HouseholdFilter) { households(filter: $filter, first: 2) { edges { node { ${HOUSEHOLD_FIELDS} } } } }`,
      { filter: { idNumber } },
    );
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    return result.data?.households.edges[0]?.node as Record<string, any> | undefined;
  };
  const counts = async () =>
    (
      await api.ownerQuery(
        `SELECT (SELECT count(*) FROM household)::int AS households, (SELECT count(*) FROM person)::int AS persons,
                (SELECT count(*) FROM audit_log WHERE entity_type IN ('household', 'person'))::int AS audits`,
      )
    )[0] as { households: number; persons: number; audits: number };
  /** Whether a clear ID number appears anywhere it should not: the audit trail or the import batches. */
  const leaked = async (idNumber: string) =>
    (
      await api.ownerQuery(
        `SELECT (SELECT count(*) FROM audit_log WHERE concat(before::text, after::text, details::text) LIKE $1)::int
              + (SELECT count(*) FROM import_batch WHERE problems::text LIKE $1)::int AS n`,
        [`%${idNumber}%`],
      )
    )[0].n as number;

  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api?.close());

  it('offers a template whose 填写说明 lists every column and the allowed values', async () => {
    const res = await fetch(`${api.url}/api/imports/templates/HOUSEHOLDS.xlsx`, {
      headers: { cookie: api.gql.cookie },
    });
    expect(res.status).toBe(200);
    const workbook = await workbookOf(Buffer.from(await res.arrayBuffer()));
    const header = workbook.worksheets[0].getRow(3).values as unknown[];
    expect(header.slice(1, 5)).toEqual(['身份证号', '姓名', '与户主关系', '户主身份证号']);
    const notes = workbook.getWorksheet('填写说明');
    const relationRow = notes?.getColumn(1).values.indexOf('与户主关系') ?? -1;
    expect(String(notes?.getRow(relationRow).getCell(4).value)).toContain('配偶');
    expect(String(notes?.getColumn(1).values.join(''))).toContain('身份证号已脱敏');
  });

  it('registers a new household with its members and adds a member to a known one; the same file again writes nothing', async () => {
    const knownHeadNumber = newIdNumber('1965-07-07');
    const known = await createHousehold(api.gql, YING_HU.village.code, {
      head: headInput({ idNumber: knownHeadNumber }),
    });
    const head = newIdNumber('1970-05-01');
    const spouse = newIdNumber('1972-03-09', false);
    const child = newIdNumber('2010-09-01');
    const newcomer = newIdNumber('1990-01-01', false);
    const people: Person[] = [
      // Members come before their head in the file: the head is registered first all the same.
      { id: spouse, name: '李秀兰', relation: '配偶', head, education: '小学' },
      { id: child, name: '王小明', relation: '子女', head, education: '在校生', skill: '无劳动力', work: '在校' },
      {
        id: head,
        name: '王建国',
        relation: '户主',
        village: YING_HU.village.code,
        group: '三组',
        category: '脱贫户',
        relocated: '是',
        phone: '13800001111',
        health: '长期慢性病',
      },
      { id: newcomer, name: '赵春燕', relation: '儿媳 / 女婿', head: knownHeadNumber, insured: '否' },
    ];
    const file = await fileOf(people);
    const before = await counts();
    const checked = await uploadImport(api, file, { dataset: 'HOUSEHOLDS' });
    expect(checked.status, JSON.stringify(checked.body)).toBe(202);
    expect(checked.body).toMatchObject({ status: 'CHECKED', rows: 4, created: 4, updated: 0, problemCount: 0 });
    // The check wrote nothing.
    expect(await counts()).toEqual(before);

    const done = await commitImport(api, checked.body.id);
    expect(done.status, JSON.stringify(done.body)).toBe(202);
    expect(done.body).toMatchObject({ status: 'COMMITTED', created: 4 });
    const registered = await householdOf(head);
    expect(registered).toMatchObject({
      headName: '王建国',
      memberCount: 3,
      category: 'LIFTED',
      relocated: true,
      phone: '138****1111',
      village: { code: YING_HU.village.code },
    });
    expect(registered?.code).toMatch(new RegExp(`^${YING_HU.village.code}\\d{4}$`));
    const members = Object.fromEntries(registered?.members.map((m: any) => [m.name, m]));
    expect(members.王建国).toMatchObject({ relation: 'HEAD', health: 'CHRONIC_ILLNESS', idNumber: maskIdNumber(head) });
    expect(members.李秀兰).toMatchObject({ relation: 'SPOUSE', education: 'PRIMARY', gender: 'FEMALE' });
    expect(members.王小明).toMatchObject({ relation: 'CHILD', workStatus: 'STUDENT', labourSkill: 'NONE' });
    const grown = await householdOf(knownHeadNumber);
    expect(grown?.id).toBe(known.id);
    expect(grown?.memberCount).toBe(2);
    expect(grown?.members.find((m: any) => m.name === '赵春燕')).toMatchObject({ relation: 'CHILD_IN_LAW' });
    const after = await counts();
    expect(after.households).toBe(before.households + 1);
    expect(after.persons).toBe(before.persons + 4);

    // Each record went through the register's own audit; the batch is audited with the file's hash.
    const actions = await api.ownerQuery(
      `SELECT action, count(*)::int AS n FROM audit_log WHERE entity_type IN ('household', 'person') AND id > (
         SELECT max(id) FROM audit_log WHERE action = 'import.checked') GROUP BY action ORDER BY action`,
    );
    expect(actions).toEqual([
      { action: 'household.create', n: 1 },
      { action: 'person.create', n: 3 },
    ]);
    const [committed] = await api.ownerQuery(
      `SELECT details FROM audit_log WHERE action = 'import.committed' AND entity_id = $1`,
      [checked.body.id],
    );
    expect(committed.details).toMatchObject({ dataset: 'HOUSEHOLDS', sha256: checked.body.sha256, created: 4 });
    for (const id of [head, spouse, child, newcomer]) expect(await leaked(id)).toBe(0);

    const again = await uploadImport(api, file, { dataset: 'HOUSEHOLDS' });
    expect(again.body).toMatchObject({ status: 'CHECKED', rows: 4, created: 0, updated: 0, unchanged: 4 });
    const noop = await commitImport(api, again.body.id);
    expect(noop.body).toMatchObject({ status: 'COMMITTED', created: 0, updated: 0, unchanged: 4 });
    expect((await counts()).audits).toBe(after.audits);

    // A changed phone (sealed, compared without showing it) and a member who now works away.
    const changed = people.map((p) =>
      p.id === head
        ? { ...p, phone: '13800002222' }
        : p.id === spouse
          ? { ...p, work: '县外务工', workPlace: '江苏苏州' }
          : p,
    );
    const update = await uploadImport(api, await fileOf(changed), { dataset: 'HOUSEHOLDS' });
    expect(update.body).toMatchObject({ status: 'CHECKED', updated: 2, unchanged: 2, problemCount: 0 });
    expect((await commitImport(api, update.body.id)).body).toMatchObject({ status: 'COMMITTED', updated: 2 });
    const updated = await householdOf(head);
    expect(updated?.phone).toBe('138****2222');
    expect(updated?.members.find((m: any) => m.name === '李秀兰')).toMatchObject({ workStatus: 'MIGRANT' });
    const same = await uploadImport(api, await fileOf(changed), { dataset: 'HOUSEHOLDS' });
    expect(same.body).toMatchObject({ updated: 0, unchanged: 4 });
  });

  it('the dry run finds every planted error by row and column, repeats no ID number, and writes nothing', async () => {
    const otherHead = newIdNumber('1955-05-05');
    const other = await createHousehold(api.gql, YING_HU.village.code, { head: headInput({ idNumber: otherHead }) });
    const head = newIdNumber('1968-02-02');
    const lonelyHead = newIdNumber('1960-01-01');
    const duplicate = newIdNumber('1980-04-04');
    const wrongCheck = `${head.slice(0, 17)}${head[17] === '0' ? '1' : '0'}`;
    const rows: unknown[][] = [
      HEADER,
      rowOf({ id: head, relation: '户主', village: YING_HU.village.code, category: '脱贫户' }), // 2: fine
      rowOf({ id: wrongCheck, relation: '子女', head }), // 3: check digit
      rowOf({ id: duplicate, relation: '子女', head }), // 4: fine
      rowOf({ id: duplicate, relation: '配偶', head }), // 5: same ID as row 4
      rowOf({ id: newIdNumber('1999-09-09'), relation: '子女', head: lonelyHead }), // 6: head nowhere
      rowOf({ id: newIdNumber('1961-01-01'), relation: '户主', category: '一般农户' }), // 7: new head, no village
      rowOf({ id: newIdNumber('1962-01-01'), relation: '配偶', head, category: '一般农户' }), // 8: contradicts the head's row
      rowOf({ id: otherHead, relation: '子女', head }), // 9: already in another household
      rowOf({ id: newIdNumber('1963-01-01'), relation: '子女', head, relocated: '也许' }), // 10: not 是/否
      rowOf({ id: newIdNumber('1964-01-01'), relation: '配偶' }), // 11: member without a head
    ];
    // 12: an ID number typed into a number cell has lost its last digits.
    rows.push(
      rowOf({ id: Number(newIdNumber('1965-01-01').slice(0, 17)) as unknown as string, relation: '子女', head }),
    );
    const before = await counts();
    const checked = await uploadImport(api, await xlsxOf(rows, '农户'), { dataset: 'HOUSEHOLDS' });
    expect(checked.status).toBe(202);
    expect(checked.body.status).toBe('REJECTED');
    expect(checked.body.problems).toEqual([
      { row: 3, column: '身份证号', message: '身份证号校验码不正确，请核对是否输错' },
      { row: 5, column: '身份证号', message: `与第 4 行的身份证号“${maskIdNumber(duplicate)}”重复` },
      { row: 6, column: '户主身份证号', message: '户主身份证号未登记，本文件中也没有该户主的行' },
      { row: 7, column: '村代码', message: '新户的户主行必须填写' },
      { row: 8, column: '农户类型', message: '户的信息以户主所在行为准，成员行可留空；本行与之不同' },
      { row: 9, column: '户主身份证号', message: `此人已登记在户 ${other.code}；分户、并户请在系统中办理` },
      { row: 10, column: '易地搬迁户', message: '应填“是”或“否”，而不是“也许”' },
      { row: 11, column: '户主身份证号', message: '非户主成员须填写户主身份证号' },
      { row: 12, column: '身份证号', message: '身份证号须以文本格式填写（数字格式会丢失末几位）' },
    ]);
    expect(checked.body).toMatchObject({ created: 2 });
    expect(await counts()).toEqual(before);
    for (const id of [head, duplicate, otherHead]) expect(await leaked(id)).toBe(0);
    const refused = await commitImport(api, checked.body.id);
    expect(refused.status).toBe(409);
    expect(await counts()).toEqual(before);
  });

  it('a town clerk registers households in their own town only, and cannot touch another town’s people', async () => {
    const clerk = await api.signInAs(Role.TOWN_STAFF, YING_HU.code);
    const [elsewhere] = await api.ownerQuery('SELECT code FROM village WHERE town_code <> $1 ORDER BY code LIMIT 1', [
      YING_HU.code,
    ]);
    const outsiderHead = newIdNumber('1956-06-06');
    await createHousehold(api.gql, elsewhere.code, { head: headInput({ idNumber: outsiderHead }) });
    const file = await fileOf([
      { id: newIdNumber('1975-01-01'), relation: '户主', village: elsewhere.code, category: '一般农户' },
      { id: outsiderHead, relation: '户主', name: '改名' },
      { id: newIdNumber('1976-01-01'), relation: '子女', head: outsiderHead },
    ]);
    const checked = await uploadImport(api, file, { dataset: 'HOUSEHOLDS', cookie: clerk.cookie });
    expect(checked.body.problems).toEqual([
      { row: 2, column: '村代码', message: '只能在本镇办范围内登记农户' },
      { row: 3, column: '身份证号', message: '此人已登记在您管辖范围以外的农户，不能通过导入修改' },
      { row: 4, column: '户主身份证号', message: '该户在您管辖范围以外，不能通过导入修改' },
    ]);
    // Without the register's write permission there is nothing to import into.
    const auditor = await api.signInAs(Role.AUDITOR);
    const denied = await uploadImport(api, file, { dataset: 'HOUSEHOLDS', cookie: auditor.cookie });
    expect(denied.status).toBe(403);
  });
});
