// What can be imported, column by column. Headers are the export's, so an exported list comes back
// in as it went out; the columns an export adds that are not the clerk's to set (status, amounts,
// names beside codes) are read past. Records are matched on their natural key.
import { ConstructionType, Industry, ProjectCategory } from '../project/project.enums';

export enum ImportDataset {
  PROJECTS = 'PROJECTS',
  FUND_ALLOCATIONS = 'FUND_ALLOCATIONS',
  DISBURSEMENTS = 'DISBURSEMENTS',
}

export enum ImportKind {
  TEXT = 'TEXT',
  INTEGER = 'INTEGER',
  DATE = 'DATE',
  /** A GraphQL enum: its Chinese name (as exported) or its code. */
  ENUM = 'ENUM',
  /** Yuan, at most two decimals: a number cell or text such as 1234.50 or 1,234.50. */
  MONEY = 'MONEY',
}

export interface ImportColumn {
  header: string;
  /** The input field it fills. */
  field: string;
  kind: ImportKind;
  required?: boolean;
  enumName?: string;
  /** What the template's 填写说明 says about it. */
  note: string;
}

export interface ImportDatasetDefinition {
  id: ImportDataset;
  title: string;
  /** The columns that name a record (项目编号): a row with a known key updates it, a new key creates one. */
  key: string[];
  columns: ImportColumn[];
  /** Exported columns read past (computed, or names shown beside codes). */
  ignored: string[];
}

const enumNote = (values: Record<string, string>) => `填写：${Object.keys(values).join('、')}`;

export const IMPORT_DATASETS: Record<ImportDataset, ImportDatasetDefinition> = {
  PROJECTS: {
    id: ImportDataset.PROJECTS,
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
  },
  FUND_ALLOCATIONS: {
    id: ImportDataset.FUND_ALLOCATIONS,
    title: '资金安排',
    key: ['项目编号', '资金来源编号'],
    columns: [
      {
        header: '项目编号',
        field: 'projectCode',
        kind: ImportKind.TEXT,
        required: true,
        note: '已在项目库中的项目编号',
      },
      {
        header: '资金来源编号',
        field: 'fundSourceCode',
        kind: ImportKind.TEXT,
        required: true,
        note: '资金来源的编号；一个项目在一个来源下只有一笔安排，已有的更新金额、日期和文号',
      },
      { header: '下达日期', field: 'allocatedOn', kind: ImportKind.DATE, required: true, note: '日期，如 2021-03-01' },
      { header: '下达文号', field: 'documentNo', kind: ImportKind.TEXT, note: '可空' },
      {
        header: '安排金额（元）',
        field: 'amount',
        kind: ImportKind.MONEY,
        required: true,
        note: '大于 0，最多两位小数；不能小于已支出金额',
      },
    ],
    ignored: ['项目名称', '镇办', '资金来源', '资金类别', '资金级次', '已支出（元）', '未支出（元）', '支出进度'],
  },
  DISBURSEMENTS: {
    id: ImportDataset.DISBURSEMENTS,
    title: '资金支出',
    key: ['凭证号'],
    columns: [
      {
        header: '凭证号',
        field: 'voucherNo',
        kind: ImportKind.TEXT,
        required: true,
        note: '每笔支出的凭证号，不能重复；已登记的支出不能通过导入修改（更正请在系统中冲销）',
      },
      {
        header: '支付日期',
        field: 'paidOn',
        kind: ImportKind.DATE,
        required: true,
        note: '不早于资金下达日期，不晚于今天',
      },
      {
        header: '金额（元）',
        field: 'amount',
        kind: ImportKind.MONEY,
        required: true,
        note: '大于 0，最多两位小数；不超过该笔安排的剩余额度',
      },
      { header: '收款单位', field: 'payee', kind: ImportKind.TEXT, note: '不超过 100 个字' },
      { header: '项目编号', field: 'projectCode', kind: ImportKind.TEXT, required: true, note: '支出所属项目' },
      {
        header: '资金来源编号',
        field: 'fundSourceCode',
        kind: ImportKind.TEXT,
        required: true,
        note: '支出所用资金来源（须已安排给该项目）',
      },
      {
        header: '冲销的凭证号',
        field: 'reverses',
        kind: ImportKind.TEXT,
        note: '导出的冲销记录带有此列；新的冲销请在系统中办理',
      },
      { header: '备注', field: 'note', kind: ImportKind.TEXT, note: '不超过 500 个字' },
    ],
    ignored: ['项目名称', '镇办', '资金来源', '已冲销（元）'],
  },
};
