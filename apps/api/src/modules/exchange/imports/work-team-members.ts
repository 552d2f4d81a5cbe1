import type { EntityManager } from 'typeorm';
import { AppError, type FieldError } from '../../../common/errors';
import type { Viewer } from '../../../common/viewer';
import { Permission } from '../../identity/identity.enums';
import { TeamRole, TermEndReason } from '../../stationing/stationing.enums';
import { AddWorkTeamMemberInput, CadreInput, EndTermInput } from '../../stationing/stationing.inputs';
import type { ImportProblem, ParsedRecord } from '../import-parse';
import { enumNote, type ImportDefinition, ImportKind, inputProblems, problem, type RowPlan, validated } from './kit';

interface VillageRow {
  code: string;
  town_code: string;
  /** The village's team in post (not dissolved), if any. */
  team_id: string | null;
}

interface TermRow {
  id: string;
  version: number;
  role: TeamRole;
  started_on: string;
  ended_on: string | null;
  end_reason: TermEndReason | null;
  village_code: string;
  name: string;
  unit_id: string;
}

const cadreKey = (name: string, unitId: string) => `${name}\u0000${unitId}`;
const termKey = (villageCode: string, name: string, unitId: string, startedOn: string) =>
  [villageCode, name, unitId, startedOn].join('\u0000');

/** The service names a cadre's fields inside `cadre`, and the end reason `reason`: these are the columns that hold them. */
const SERVICE_FIELDS: Record<string, string> = {
  cadre: 'name',
  'cadre.cadreId': 'name',
  'cadre.name': 'name',
  'cadre.unitId': 'unitName',
  'cadre.title': 'title',
  reason: 'endReason',
};

/** Runs a service call; a refusal about the cadre or the end reason comes back under the column that holds it. */
async function underColumns<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    const fields = error instanceof AppError ? (error.extra.fields as FieldError[] | undefined) : undefined;
    if (!(error instanceof AppError) || !fields?.length) throw error;
    throw new AppError(error.code, error.message, {
      ...error.extra,
      // "该干部已在其他工作队" says less than the error itself, which names where they serve.
      fields: fields.map((f) =>
        f.field === 'cadre'
          ? { field: SERVICE_FIELDS.cadre, message: error.message }
          : { field: SERVICE_FIELDS[f.field] ?? f.field, message: f.message },
      ),
    });
  }
}

/** What the rows refer to, read once: villages with their team in post, units by name, cadres, and the terms the keys name. */
async function lookups(records: ParsedRecord[], manager: EntityManager, viewer: Viewer) {
  const distinct = (field: string) => [
    ...new Set(records.map((r) => r.values[field]).filter((v): v is string => typeof v === 'string')),
  ];
  const villages = new Map(
    (
      (await manager.query(
        `SELECT v.code, v.town_code, t.id AS team_id
           FROM village v LEFT JOIN work_team t ON t.village_code = v.code AND t.dissolved_on IS NULL
          WHERE v.code = ANY($1)`,
        [distinct('villageCode')],
      )) as VillageRow[]
    ).map((v) => [v.code, v]),
  );
  const units = new Map(
    (
      (await manager.query('SELECT id, name FROM dispatching_unit WHERE name = ANY($1)', [distinct('unitName')])) as {
        id: string;
        name: string;
      }[]
    ).map((u) => [u.name, u.id]),
  );
  const cadres = new Map<string, string[]>();
  for (const c of (await manager.query(
    'SELECT id, name, unit_id FROM cadre WHERE name = ANY($1) AND unit_id = ANY($2)',
    [distinct('name'), [...units.values()]],
  )) as { id: string; name: string; unit_id: string }[]) {
    const key = cadreKey(c.name, c.unit_id);
    cadres.set(key, [...(cadres.get(key) ?? []), c.id]);
  }
  // Only the viewer's villages: a row naming another town's village learns nothing of its terms.
  const mine = [...villages.values()].filter((v) => viewer.scope.includes(v.town_code)).map((v) => v.code);
  const terms = new Map<string, TermRow[]>();
  for (const t of (await manager.query(
    `SELECT m.id, m.version, m.role, m.started_on::text AS started_on, m.ended_on::text AS ended_on, m.end_reason,
            t.village_code, c.name, c.unit_id
       FROM work_team_member m JOIN work_team t ON t.id = m.team_id JOIN cadre c ON c.id = m.cadre_id
      WHERE t.village_code = ANY($1) AND c.id = ANY($2)`,
    [mine, [...cadres.values()].flat()],
  )) as TermRow[]) {
    const key = termKey(t.village_code, t.name, t.unit_id, t.started_on);
    terms.set(key, [...(terms.get(key) ?? []), t]);
  }
  return { villages, units, cadres, terms };
}

/** An existing term and the row that names it: nothing to do, its end, or why a file cannot change it. */
async function compare(
  term: TermRow,
  row: number,
  values: Record<string, unknown>,
  headerOf: (field: string) => string,
  end: (input: EndTermInput) => Promise<RowPlan>,
): Promise<RowPlan> {
  if (values.role !== term.role) {
    return problem(row, headerOf('role'), '与系统中该任期的队内职务不同；导入不能修改队内职务，请在系统中办理');
  }
  const endedOn = (values.endedOn as string | null) ?? null;
  const reason = (values.endReason as string | null) ?? null;
  if (term.ended_on) {
    if (endedOn === term.ended_on && reason === term.end_reason) return { kind: 'unchanged' };
    const column = endedOn === term.ended_on ? headerOf('endReason') : headerOf('endedOn');
    return problem(
      row,
      column,
      `该队员已于 ${term.ended_on} 离队，与文件中的离队日期或原因不同；已离队的任期不能通过导入修改，请在系统中办理`,
    );
  }
  if (!endedOn) return { kind: 'unchanged' };
  return end(Object.assign(new EndTermInput(), { id: term.id, version: term.version, endedOn, reason }));
}

/**
 * 工作队员, one row per term, matched on 村代码 + 姓名 + 派出单位 + 到岗日期. A new term joins the
 * village's team in post (the cadre found by name and unit, or registered as the form does); a term
 * in post with a 离队日期 leaves; a term as the file has it is left alone. Roles and ended terms are
 * changed in the system, not by a file.
 */
export const WORK_TEAM_MEMBER_IMPORT: ImportDefinition = {
  title: '工作队员',
  key: ['村代码', '姓名', '派出单位', '到岗日期'],
  columns: [
    {
      header: '村代码',
      field: 'villageCode',
      kind: ImportKind.TEXT,
      required: true,
      note: '12 位村（社区）代码，如 610902102200；新队员加入该村在驻的工作队（须已在系统中组建）',
    },
    {
      header: '姓名',
      field: 'name',
      kind: ImportKind.TEXT,
      required: true,
      note: '1 到 50 个汉字或字母；同一派出单位下按姓名找已登记的干部，找不到的登记为新干部',
    },
    {
      header: '派出单位',
      field: 'unitName',
      kind: ImportKind.TEXT,
      required: true,
      note: '系统中已有的派出单位全称，一字不差，如“区财政局”；新单位请先在系统中新建',
    },
    {
      header: '单位职务',
      field: 'title',
      kind: ImportKind.TEXT,
      note: '干部在派出单位的职务，如“副科长”，可空；只在登记新干部时记入，已登记干部的职务不因导入改变',
    },
    {
      header: '队内职务',
      field: 'role',
      kind: ImportKind.ENUM,
      enumName: 'TeamRole',
      required: true,
      note: `${enumNote(TeamRole)}（填中文名称）；已有任期的队内职务不能通过导入修改`,
    },
    {
      header: '到岗日期',
      field: 'startedOn',
      kind: ImportKind.DATE,
      required: true,
      note: '日期，如 2021-06-01；不早于工作队组建日期，不晚于今天。村代码、姓名、派出单位、到岗日期相同即为同一段任期',
    },
    {
      header: '离队日期',
      field: 'endedOn',
      kind: ImportKind.DATE,
      note: '在岗的空着；填写则该段任期于当日结束（不早于到岗日期，不晚于今天）',
    },
    {
      header: '离队原因',
      field: 'endReason',
      kind: ImportKind.ENUM,
      enumName: 'TermEndReason',
      note: `${enumNote(TermEndReason)}（填中文名称）；填了离队日期的必填，否则留空`,
    },
  ],
  ignored: ['镇办代码', '镇办', '村', '村（社区）', '工作队', '队名', '状态'],
  note: '一行为一段任期：村代码、姓名、派出单位、到岗日期相同即为同一段。名单中附带的镇办、村、工作队名称和状态等列会被忽略。',
  permission: Permission.STATIONING_WRITE,
  // Leavings first: a file that moves someone from one team to another works whatever its row order.
  order: (records) => [...records.filter((r) => r.values.endedOn), ...records.filter((r) => !r.values.endedOn)],
  async plan({ records, manager, viewer, services, headerOf }) {
    const { villages, units, cadres, terms } = await lookups(records, manager, viewer);
    const cadreHeader = (field: string) => headerOf(SERVICE_FIELDS[`cadre.${field}`] ?? field);

    return async ({ row, values }): Promise<RowPlan> => {
      const problems: ImportProblem[] = [];
      const villageCode = String(values.villageCode);
      const name = String(values.name);
      const unitName = String(values.unitName);
      const startedOn = String(values.startedOn);
      const endedOn = (values.endedOn as string | null | undefined) ?? null;
      const reason = (values.endReason as TermEndReason | null | undefined) ?? null;
      const village = villages.get(villageCode);
      if (!village)
        problems.push({ row, column: headerOf('villageCode'), message: `村（社区）代码不存在：${villageCode}` });
      else if (!viewer.scope.includes(village.town_code)) {
        problems.push({ row, column: headerOf('villageCode'), message: '只能在本镇办范围内办理' });
      }
      const unitId = units.get(unitName);
      if (!unitId) {
        problems.push({
          row,
          column: headerOf('unitName'),
          message: `派出单位不存在：${unitName.slice(0, 50)}（须与系统中的单位全称一致；新单位请先在系统中新建）`,
        });
      }
      if (endedOn && !reason) {
        problems.push({ row, column: headerOf('endReason'), message: '填写了离队日期，须同时填写离队原因' });
      } else if (reason && !endedOn) {
        problems.push({ row, column: headerOf('endedOn'), message: '填写了离队原因，须同时填写离队日期' });
      }
      if (problems.length || !village || !unitId) return { kind: 'problems', problems };

      const end = (input: EndTermInput) =>
        validated('update', input, row, headerOf, () =>
          underColumns(() => services.stationing.endMember(input, manager)),
        );
      const matches = terms.get(termKey(villageCode, name, unitId, startedOn)) ?? [];
      if (matches.length > 1) {
        return problem(
          row,
          headerOf('name'),
          `该村有 ${matches.length} 段同日到岗、同名同单位干部的任期，无法确定是哪一段；请在系统中办理`,
        );
      }
      if (matches.length === 1) return compare(matches[0], row, values, headerOf, end);

      if (!village.team_id) {
        return problem(row, headerOf('villageCode'), '该村（社区）没有在驻的工作队；请先在系统中组建工作队');
      }
      const known = cadres.get(cadreKey(name, unitId)) ?? [];
      if (known.length > 1) {
        return problem(
          row,
          headerOf('name'),
          `派出单位“${unitName}”登记有 ${known.length} 名叫“${name}”的干部，无法确定是哪一位；请在系统中选择干部办理到岗`,
        );
      }
      const cadre = Object.assign(
        new CadreInput(),
        known.length ? { cadreId: known[0] } : { name, unitId, title: (values.title as string | null) ?? '' },
      );
      const input = Object.assign(new AddWorkTeamMemberInput(), {
        teamId: village.team_id,
        cadre,
        role: values.role as TeamRole,
        startedOn,
      });
      const endInput = (member: { id: string; version: number }) =>
        Object.assign(new EndTermInput(), { id: member.id, version: member.version, endedOn, reason });
      // The input's nested cadre is checked on its own, so that its problems land under its columns.
      const invalid = await inputProblems(cadre, row, cadreHeader);
      if (invalid.length) return { kind: 'problems', problems: invalid };
      return validated('create', input, row, headerOf, async () => {
        const member = await underColumns(() => services.stationing.addMember(input, manager));
        // A term that already ended (history) is entered as it was: taken up, then left.
        if (endedOn) await underColumns(() => services.stationing.endMember(endInput(member), manager));
        // The next row naming this person finds the cadre just registered, not a namesake to register again.
        if (!known.length) cadres.set(cadreKey(name, unitId), [member.cadreId]);
        return member;
      });
    };
  },
};
