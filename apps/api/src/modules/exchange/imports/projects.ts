import { In } from 'typeorm';
import { Permission } from '../../identity/identity.enums';
import { ProjectEntity } from '../../project/project.entity';
import { ConstructionType, Industry, ProjectCategory } from '../../project/project.enums';
import { CreateProjectInput, UpdateProjectInput } from '../../project/project.inputs';
import { changed, enumNote, type ImportDefinition, ImportKind, problem, type RowPlan, validated } from './kit';

// Fields whose blank cell means "none" rather than "unknown".
const BLANK_AS: Record<string, unknown> = {
  tasks: '',
  beneficiaryHouseholds: 0,
  beneficiaryPersons: 0,
  liftedHouseholds: 0,
  liftedPersons: 0,
};

/** 项目库, matched on 项目编号: a known code updates its project (never its year), a new one creates one. */
export const PROJECT_IMPORT: ImportDefinition = {
  roundTrip: true,
  title: '项目库',
  key: ['项目编号'],
  columns: [
    {
      header: '项目编号',
      field: 'code',
      kind: ImportKind.TEXT,
      required: true,
      note: '3 到 32 位字母、数字或连字符；已有的编号更新该项目，新编号新建项目',
    },
    { header: '项目名称', field: 'name', kind: ImportKind.TEXT, required: true, note: '2 到 100 个字' },
    {
      header: '年度',
      field: 'year',
      kind: ImportKind.INTEGER,
      required: true,
      note: '2016 到 2035；已有项目的年度不能修改',
    },
    {
      header: '项目类别',
      field: 'category',
      kind: ImportKind.ENUM,
      enumName: 'ProjectCategory',
      required: true,
      note: `项目类别名称，如“产业发展”（${Object.keys(ProjectCategory).length} 类，见模板）`,
    },
    {
      header: '产业',
      field: 'industry',
      kind: ImportKind.ENUM,
      enumName: 'Industry',
      note: `产业名称，可空（${Object.keys(Industry).length} 种，见模板）`,
    },
    {
      header: '建设性质',
      field: 'constructionType',
      kind: ImportKind.ENUM,
      enumName: 'ConstructionType',
      required: true,
      note: enumNote(ConstructionType),
    },
    {
      header: '镇办代码',
      field: 'townCode',
      kind: ImportKind.TEXT,
      required: true,
      note: '9 位镇办代码，如 610902102',
    },
    {
      header: '村代码',
      field: 'villageCode',
      kind: ImportKind.TEXT,
      note: '12 位村（社区）代码，须属于该镇办；可空',
    },
    { header: '责任单位', field: 'responsibleUnit', kind: ImportKind.TEXT, required: true, note: '1 到 100 个字' },
    { header: '建设任务', field: 'tasks', kind: ImportKind.TEXT, note: '不超过 2000 个字' },
    { header: '计划开工', field: 'plannedStart', kind: ImportKind.DATE, note: '日期，如 2021-03-01' },
    { header: '计划完工', field: 'plannedEnd', kind: ImportKind.DATE, note: '日期，不早于计划开工' },
    { header: '批复文号', field: 'approvalDocNo', kind: ImportKind.TEXT, note: '可空' },
    { header: '受益户数', field: 'beneficiaryHouseholds', kind: ImportKind.INTEGER, note: '不小于 0 的整数' },
    { header: '受益人数', field: 'beneficiaryPersons', kind: ImportKind.INTEGER, note: '不小于 0 的整数' },
    { header: '脱贫户数', field: 'liftedHouseholds', kind: ImportKind.INTEGER, note: '不小于 0 的整数' },
    { header: '脱贫人数', field: 'liftedPersons', kind: ImportKind.INTEGER, note: '不小于 0 的整数' },
  ],
  ignored: ['状态', '镇办', '村', '已安排（元）', '已支出（元）', '支出进度'],
  permission: Permission.PROJECT_WRITE,
  async plan({ records, manager, services, headerOf }) {
    const codes = records.map((r) => r.values.code).filter((c): c is string => typeof c === 'string');
    const existing = new Map(
      (codes.length ? await manager.getRepository(ProjectEntity).find({ where: { code: In(codes) } }) : []).map((p) => [
        p.code,
        p,
      ]),
    );
    return async ({ row, values }): Promise<RowPlan> => {
      const current = existing.get(String(values.code));
      const given = Object.fromEntries(
        Object.entries(values).map(([k, v]) => [k, v === null && k in BLANK_AS ? BLANK_AS[k] : v]),
      );
      if (current) {
        if (given.year !== undefined && given.year !== current.year) {
          return problem(row, headerOf('year'), `项目已存在，年度为 ${current.year}，不能通过导入修改`);
        }
        const changes = changed(current as unknown as Record<string, unknown>, given, ['code', 'year']);
        if (!changes) return { kind: 'unchanged' };
        const input = Object.assign(new UpdateProjectInput(), changes, { version: current.version });
        return validated('update', input, row, headerOf, () => services.projects.update(current.id, input, manager));
      }
      const input = Object.assign(new CreateProjectInput(), given);
      return validated('create', input, row, headerOf, () => services.projects.create(input, manager));
    };
  },
};
