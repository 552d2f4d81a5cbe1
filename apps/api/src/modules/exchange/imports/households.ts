import { Permission } from '../../identity/identity.enums';
import type { HouseholdEntity, PersonEntity } from '../../monitoring/household.entity';
import { HouseholdCategory, Relation } from '../../monitoring/monitoring.enums';
import {
  CreateHouseholdInput,
  PersonInput,
  UpdateHouseholdInput,
  UpdatePersonInput,
} from '../../monitoring/monitoring.inputs';
import type { ParsedRecord } from '../import-parse';
import { type ImportDefinition, ImportKind, inputProblems, problem, type RowPlan, validated } from './kit';

// 农户及家庭成员: one row per person, matched on the ID number. A household is the head's row (its
// 户主身份证号 blank or the head's own) with the members that name that head. Household columns are read
// from the head's row; a member's row may repeat them but not contradict them. ID numbers are never
// written back into a problem: a row is named by its number in the file.

/** Columns of the household, read from its head's row. */
const HOUSEHOLD_FIELDS = ['villageCode', 'groupName', 'address', 'category', 'relocated', 'phone'] as const;
/** Columns of the person that a file may change. */
const PERSON_FIELDS = [
  'name',
  'relation',
  'health',
  'education',
  'labourSkill',
  'workStatus',
  'workPlace',
  'medicalInsured',
  'pensionInsured',
  'familyDoctor',
] as const;

type Values = Record<string, unknown>;

function isHeadRow(values: Values): boolean {
  return values.relation === Relation.HEAD;
}

/** The row's person fields that are filled in (a blank cell leaves the record as it is). */
function given(values: Values, fields: readonly string[]): Values {
  return Object.fromEntries(fields.filter((f) => values[f] != null).map((f) => [f, values[f]]));
}

/** Fields of `wanted` whose value differs from the record's. */
function differing(current: Values, wanted: Values): Values {
  return Object.fromEntries(Object.entries(wanted).filter(([f, v]) => (current[f] ?? null) !== v));
}

export const HOUSEHOLD_IMPORT: ImportDefinition = {
  title: '农户及家庭成员',
  key: ['身份证号'],
  columns: [
    {
      header: '身份证号',
      field: 'idNumber',
      kind: ImportKind.ID_NUMBER,
      required: true,
      note: '18 位，校验码须正确；单元格须为文本格式。已登记的人更新其信息，未登记的新增',
    },
    { header: '姓名', field: 'name', kind: ImportKind.TEXT, required: true, note: '1 到 50 个汉字或字母' },
    {
      header: '与户主关系',
      field: 'relation',
      kind: ImportKind.ENUM,
      enumName: 'Relation',
      required: true,
      note: '每户一行“户主”；新户的户主行须在本文件中',
    },
    {
      header: '户主身份证号',
      field: 'headIdNumber',
      kind: ImportKind.ID_NUMBER,
      note: '成员行必填，填本户户主的身份证号；户主行留空（或填本人的）',
    },
    {
      header: '村代码',
      field: 'villageCode',
      kind: ImportKind.TEXT,
      note: '12 位村（社区）代码；新户的户主行必填，须在您的管辖范围内；已登记的户不能通过导入迁村',
    },
    { header: '村民小组', field: 'groupName', kind: ImportKind.TEXT, note: '如“三组”，不超过 30 个字' },
    { header: '家庭住址', field: 'address', kind: ImportKind.TEXT, note: '不超过 200 个字；不会出现在公示中' },
    {
      header: '农户类型',
      field: 'category',
      kind: ImportKind.ENUM,
      enumName: 'HouseholdCategory',
      note: `新户的户主行必填（${Object.keys(HouseholdCategory).length} 类，见可选值）`,
    },
    { header: '易地搬迁户', field: 'relocated', kind: ImportKind.YES_NO, note: '是 / 否；新户空白为否' },
    { header: '联系电话', field: 'phone', kind: ImportKind.TEXT, note: '手机或固话；加密保存，列表中只显示部分号码' },
    {
      header: '健康状况',
      field: 'health',
      kind: ImportKind.ENUM,
      enumName: 'HealthStatus',
      note: '敏感信息；新增成员空白为健康',
    },
    { header: '文化程度', field: 'education', kind: ImportKind.ENUM, enumName: 'Education', required: true, note: '' },
    {
      header: '劳动技能',
      field: 'labourSkill',
      kind: ImportKind.ENUM,
      enumName: 'LabourSkill',
      required: true,
      note: '',
    },
    {
      header: '务工情况',
      field: 'workStatus',
      kind: ImportKind.ENUM,
      enumName: 'WorkStatus',
      required: true,
      note: '',
    },
    { header: '务工地点', field: 'workPlace', kind: ImportKind.TEXT, note: '不超过 100 个字' },
    { header: '基本医疗保险', field: 'medicalInsured', kind: ImportKind.YES_NO, note: '是 / 否；新增成员空白为是' },
    { header: '城乡居民养老保险', field: 'pensionInsured', kind: ImportKind.YES_NO, note: '是 / 否；新增成员空白为否' },
    { header: '家庭医生签约', field: 'familyDoctor', kind: ImportKind.YES_NO, note: '是 / 否；新增成员空白为否' },
  ],
  ignored: [],
  note: '已登记的人和户，空白单元格表示不修改。导出的农户台账中身份证号已脱敏，不能直接导入，请使用本模板。',
  permission: Permission.HOUSEHOLD_WRITE,
  // A household's head is registered (or becomes head) before its members are added under it.
  order: (records) => [...records.filter((r) => isHeadRow(r.values)), ...records.filter((r) => !isHeadRow(r.values))],
  async plan({ records, manager, services, headerOf }) {
    const households = services.households;
    const headRowOf = new Map<string, ParsedRecord>(
      records.filter((r) => isHeadRow(r.values)).map((r) => [String(r.values.idNumber), r]),
    );

    /** The household columns a row gives that differ from the household's. */
    const householdChanges = (household: HouseholdEntity, values: Values): Values => {
      const wanted = given(values, HOUSEHOLD_FIELDS);
      const { phone, ...rest } = wanted;
      const changes = differing(household as unknown as Values, rest);
      if (phone !== undefined && !households.hasPhone(household, String(phone))) changes.phone = phone;
      return changes;
    };

    const personChanges = (person: PersonEntity, values: Values) =>
      differing(person as unknown as Values, given(values, PERSON_FIELDS));

    const newPerson = (values: Values) =>
      Object.assign(new PersonInput(), given(values, ['idNumber', ...PERSON_FIELDS]));

    const planHead = async (row: number, values: Values): Promise<RowPlan> => {
      if (values.headIdNumber != null && values.headIdNumber !== values.idNumber) {
        return problem(row, headerOf('headIdNumber'), '户主行的户主身份证号应留空或与本人身份证号相同');
      }
      const found = await households.personByIdNumber(manager, String(values.idNumber));
      if (!found) {
        const missing = (['villageCode', 'category'] as const).filter((f) => values[f] == null);
        if (missing.length) {
          return {
            kind: 'problems',
            problems: missing.map((f) => ({ row, column: headerOf(f), message: '新户的户主行必须填写' })),
          };
        }
        const input = Object.assign(new CreateHouseholdInput(), given(values, HOUSEHOLD_FIELDS), {
          head: newPerson(values),
        });
        return validated('create', input, row, headerOf, () => households.create(input, manager));
      }
      const { person, household } = found;
      if (!households.inScope(household.townCode)) {
        return problem(row, headerOf('idNumber'), '此人已登记在您管辖范围以外的农户，不能通过导入修改');
      }
      const houseChanges = householdChanges(household, values);
      if ('villageCode' in houseChanges) {
        return problem(row, headerOf('villageCode'), `此户登记在村 ${household.villageCode}，迁村请在系统中办理`);
      }
      const changes = personChanges(person, values);
      if (!Object.keys(houseChanges).length && !Object.keys(changes).length) return { kind: 'unchanged' };
      const personInput = Object.assign(new UpdatePersonInput(), changes, { version: person.version });
      const houseInput = Object.assign(new UpdateHouseholdInput(), houseChanges);
      const invalid = [
        ...(await inputProblems(personInput, row, headerOf)),
        ...(await inputProblems(houseInput, row, headerOf)),
      ];
      if (invalid.length) return { kind: 'problems', problems: invalid };
      return {
        kind: 'update',
        work: async () => {
          // The person first: becoming head changes the household's head name and version.
          if (Object.keys(changes).length) await households.updatePerson(person.id, personInput, manager);
          if (Object.keys(houseChanges).length) {
            const fresh = await households.lockedHousehold(manager, household.id);
            await households.update(household.id, Object.assign(houseInput, { version: fresh.version }), manager);
          }
        },
      };
    };

    const planMember = async (row: number, values: Values): Promise<RowPlan> => {
      if (values.headIdNumber == null) {
        return problem(row, headerOf('headIdNumber'), '非户主成员须填写户主身份证号');
      }
      if (values.headIdNumber === values.idNumber) {
        return problem(row, headerOf('relation'), '户主身份证号是本人的，与户主关系应为“户主”');
      }
      const head = await households.personByIdNumber(manager, String(values.headIdNumber));
      if (!head || head.person.relation !== Relation.HEAD) {
        const headRow = headRowOf.get(String(values.headIdNumber));
        return problem(
          row,
          headerOf('headIdNumber'),
          headRow
            ? `户主所在的第 ${headRow.row} 行未能导入，本行随之不能导入`
            : head
              ? '户主身份证号所指的人不是户主'
              : '户主身份证号未登记，本文件中也没有该户主的行',
        );
      }
      const household = head.household;
      if (!households.inScope(household.townCode)) {
        return problem(row, headerOf('headIdNumber'), '该户在您管辖范围以外，不能通过导入修改');
      }
      // Household columns come from the head's row; a member's row may repeat them, not contradict them.
      const headValues = headRowOf.get(String(values.headIdNumber))?.values;
      const contradicted = Object.keys(
        headValues
          ? differing(given(headValues, HOUSEHOLD_FIELDS), given(values, HOUSEHOLD_FIELDS))
          : householdChanges(household, values),
      );
      if (contradicted.length) {
        return {
          kind: 'problems',
          problems: contradicted.map((f) => ({
            row,
            column: headerOf(f),
            message: '户的信息以户主所在行为准，成员行可留空；本行与之不同',
          })),
        };
      }
      const found = await households.personByIdNumber(manager, String(values.idNumber));
      if (!found) {
        const input = newPerson(values);
        return validated('create', input, row, headerOf, () => households.addPerson(household.id, input, manager));
      }
      if (found.household.id !== household.id) {
        return problem(
          row,
          headerOf('headIdNumber'),
          households.inScope(found.household.townCode)
            ? `此人已登记在户 ${found.household.code}；分户、并户请在系统中办理`
            : '此人已登记在您管辖范围以外的农户',
        );
      }
      const changes = personChanges(found.person, values);
      if (!Object.keys(changes).length) return { kind: 'unchanged' };
      const input = Object.assign(new UpdatePersonInput(), changes, { version: found.person.version });
      return validated('update', input, row, headerOf, () => households.updatePerson(found.person.id, input, manager));
    };

    return ({ row, values }) => (isHeadRow(values) ? planHead(row, values) : planMember(row, values));
  },
};
