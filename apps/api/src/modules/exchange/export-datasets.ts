// What the list pages can export. Each dataset is the GraphQL connection its page reads, with the
// page's own filter and sort as variables, and how a node becomes a spreadsheet row. The export
// pages through that query as the person who asked, so it contains exactly what they could see on
// the page (their towns, masked identifiers), in the page's order. Adding a dataset is adding an
// entry here (and its name to ExportDataset).
import { registerEnumType } from 'type-graphql';

export enum ExportDataset {
  PROJECTS = 'PROJECTS',
  FUND_ALLOCATIONS = 'FUND_ALLOCATIONS',
  DISBURSEMENTS = 'DISBURSEMENTS',
  HOUSEHOLDS = 'HOUSEHOLDS',
}

export const EXPORT_DATASET_TITLE: Record<ExportDataset, string> = {
  PROJECTS: '项目库',
  FUND_ALLOCATIONS: '资金安排',
  DISBURSEMENTS: '资金支出',
  HOUSEHOLDS: '农户台账',
};

registerEnumType(ExportDataset, {
  name: 'ExportDataset',
  description: '可导出的列表',
  valuesConfig: Object.fromEntries(
    Object.entries(EXPORT_DATASET_TITLE).map(([value, description]) => [value, { description }]),
  ),
});

/** How a cell is written: amounts as numbers with two decimals, dates as dates, enums by their Chinese names. */
export enum CellType {
  TEXT = 'TEXT',
  INTEGER = 'INTEGER',
  MONEY = 'MONEY',
  RATE = 'RATE',
  DATE = 'DATE',
  DATETIME = 'DATETIME',
  BOOLEAN = 'BOOLEAN',
  /** A GraphQL enum value, written as its description in the schema (its Chinese name). */
  ENUM = 'ENUM',
}

type Node = Record<string, any>;

export interface ExportColumn {
  header: string;
  type: CellType;
  value: (node: Node) => unknown;
  /** The GraphQL enum whose value descriptions name an ENUM column's values. */
  enumName?: string;
  /** Column width in characters. */
  width?: number;
}

export interface ExportDatasetDefinition {
  id: ExportDataset;
  title: string;
  /** The root connection field the query reads. */
  connection: string;
  /** Selects `totalCount pageInfo { hasNextPage endCursor } edges { node { … } }` of `connection`. */
  query: string;
  /** The variables a caller may give (besides paging), as the list page sends them. */
  variables: readonly ('filter' | 'sort')[];
  /** Chinese names of the filter's fields, for the title row ("筛选：年度 2021；镇办 …"). */
  filterLabels: Record<string, string>;
  columns: ExportColumn[];
}

const text = (header: string, value: (n: Node) => unknown, width = 14): ExportColumn => ({
  header,
  type: CellType.TEXT,
  value,
  width,
});
const int = (header: string, value: (n: Node) => unknown, width = 10): ExportColumn => ({
  header,
  type: CellType.INTEGER,
  value,
  width,
});
const money = (header: string, value: (n: Node) => unknown): ExportColumn => ({
  header,
  type: CellType.MONEY,
  value,
  width: 16,
});
const date = (header: string, value: (n: Node) => unknown): ExportColumn => ({
  header,
  type: CellType.DATE,
  value,
  width: 12,
});
const enumOf = (header: string, enumName: string, value: (n: Node) => unknown, width = 12): ExportColumn => ({
  header,
  type: CellType.ENUM,
  enumName,
  value,
  width,
});

const PAGE = 'totalCount pageInfo { hasNextPage endCursor }';

export const EXPORT_DATASETS: Record<ExportDataset, ExportDatasetDefinition> = {
  PROJECTS: {
    id: ExportDataset.PROJECTS,
    title: EXPORT_DATASET_TITLE.PROJECTS,
    connection: 'projects',
    variables: ['filter', 'sort'],
    filterLabels: {
      year: '年度',
      townCode: '镇办',
      villageCode: '村',
      category: '项目类别',
      industry: '产业',
      status: '状态',
      fundSourceId: '资金来源',
      search: '关键词',
    },
    query: `query ExportProjects($filter: ProjectFilter, $sort: ProjectSort, $first: Int, $after: String) {
  projects(filter: $filter, sort: $sort, first: $first, after: $after) {
    ${PAGE}
    edges { node {
      code name year category industry constructionType status
      town { code name } village { code name }
      responsibleUnit tasks plannedStart plannedEnd approvalDocNo
      beneficiaryHouseholds beneficiaryPersons liftedHouseholds liftedPersons
      allocatedAmount disbursedAmount executionRate
    } }
  }
}`,
    columns: [
      text('项目编号', (n) => n.code, 18),
      text('项目名称', (n) => n.name, 32),
      int('年度', (n) => n.year, 8),
      enumOf('项目类别', 'ProjectCategory', (n) => n.category, 16),
      enumOf('产业', 'Industry', (n) => n.industry),
      enumOf('建设性质', 'ConstructionType', (n) => n.constructionType),
      enumOf('状态', 'ProjectStatus', (n) => n.status),
      text('镇办代码', (n) => n.town.code, 12),
      text('镇办', (n) => n.town.name, 12),
      text('村代码', (n) => n.village?.code, 14),
      text('村', (n) => n.village?.name, 14),
      text('责任单位', (n) => n.responsibleUnit, 20),
      text('建设任务', (n) => n.tasks, 40),
      date('计划开工', (n) => n.plannedStart),
      date('计划完工', (n) => n.plannedEnd),
      text('批复文号', (n) => n.approvalDocNo, 20),
      int('受益户数', (n) => n.beneficiaryHouseholds),
      int('受益人数', (n) => n.beneficiaryPersons),
      int('脱贫户数', (n) => n.liftedHouseholds),
      int('脱贫人数', (n) => n.liftedPersons),
      money('已安排（元）', (n) => n.allocatedAmount),
      money('已支出（元）', (n) => n.disbursedAmount),
      { header: '支出进度', type: CellType.RATE, value: (n) => n.executionRate, width: 10 },
    ],
  },
  FUND_ALLOCATIONS: {
    id: ExportDataset.FUND_ALLOCATIONS,
    title: EXPORT_DATASET_TITLE.FUND_ALLOCATIONS,
    connection: 'fundAllocations',
    variables: ['filter'],
    filterLabels: { year: '项目年度', townCode: '镇办', fundSourceId: '资金来源', projectId: '项目' },
    query: `query ExportFundAllocations($filter: FundAllocationFilter, $first: Int, $after: String) {
  fundAllocations(filter: $filter, first: $first, after: $after) {
    ${PAGE}
    edges { node {
      allocatedOn documentNo amount disbursedAmount remainingAmount executionRate
      fundSource { code name category level }
      project { code name town { name } }
    } }
  }
}`,
    columns: [
      text('项目编号', (n) => n.project.code, 18),
      text('项目名称', (n) => n.project.name, 32),
      text('镇办', (n) => n.project.town.name, 12),
      text('资金来源编号', (n) => n.fundSource.code, 14),
      text('资金来源', (n) => n.fundSource.name, 28),
      enumOf('资金类别', 'FundCategory', (n) => n.fundSource.category, 18),
      enumOf('资金级次', 'FundLevel', (n) => n.fundSource.level, 8),
      date('下达日期', (n) => n.allocatedOn),
      text('下达文号', (n) => n.documentNo, 20),
      money('安排金额（元）', (n) => n.amount),
      money('已支出（元）', (n) => n.disbursedAmount),
      money('未支出（元）', (n) => n.remainingAmount),
      { header: '支出进度', type: CellType.RATE, value: (n) => n.executionRate, width: 10 },
    ],
  },
  DISBURSEMENTS: {
    id: ExportDataset.DISBURSEMENTS,
    title: EXPORT_DATASET_TITLE.DISBURSEMENTS,
    connection: 'disbursements',
    variables: ['filter'],
    filterLabels: {
      year: '项目年度',
      townCode: '镇办',
      fundSourceId: '资金来源',
      projectId: '项目',
      allocationId: '资金安排',
      paidFrom: '支付日期起',
      paidTo: '支付日期止',
      voucherNo: '凭证号',
    },
    query: `query ExportDisbursements($filter: DisbursementFilter, $first: Int, $after: String) {
  disbursements(filter: $filter, first: $first, after: $after) {
    ${PAGE}
    edges { node {
      paidOn voucherNo amount payee note reversedAmount reverses { voucherNo }
      allocation { fundSource { code name } project { code name town { name } } }
    } }
  }
}`,
    columns: [
      text('凭证号', (n) => n.voucherNo, 18),
      date('支付日期', (n) => n.paidOn),
      money('金额（元）', (n) => n.amount),
      text('收款单位', (n) => n.payee, 24),
      text('项目编号', (n) => n.allocation.project.code, 18),
      text('项目名称', (n) => n.allocation.project.name, 32),
      text('镇办', (n) => n.allocation.project.town.name, 12),
      text('资金来源编号', (n) => n.allocation.fundSource.code, 14),
      text('资金来源', (n) => n.allocation.fundSource.name, 28),
      money('已冲销（元）', (n) => n.reversedAmount),
      text('冲销的凭证号', (n) => n.reverses?.voucherNo, 18),
      text('备注', (n) => n.note, 30),
    ],
  },
  HOUSEHOLDS: {
    id: ExportDataset.HOUSEHOLDS,
    title: EXPORT_DATASET_TITLE.HOUSEHOLDS,
    connection: 'households',
    variables: ['filter', 'sort'],
    filterLabels: {
      townCode: '镇办',
      villageCode: '村',
      category: '农户类型',
      monitored: '在监测',
      relocated: '易地搬迁',
      caseType: '监测类型',
      caseYear: '建档年度',
      search: '关键词',
      idNumber: '身份证号',
    },
    query: `query ExportHouseholds($filter: HouseholdFilter, $sort: HouseholdSort, $first: Int, $after: String) {
  households(filter: $filter, sort: $sort, first: $first, after: $after) {
    ${PAGE}
    edges { node {
      code headName category memberCount relocated groupName phone
      town { name } village { code name }
      members { relation idNumber }
      openCase { type }
    } }
  }
}`,
    columns: [
      text('户编号', (n) => n.code, 20),
      text('户主', (n) => n.headName, 10),
      text('户主身份证号（脱敏）', (n) => n.members.find((m: Node) => m.relation === 'HEAD')?.idNumber, 22),
      enumOf('农户类型', 'HouseholdCategory', (n) => n.category, 14),
      int('人口', (n) => n.memberCount, 6),
      { header: '易地搬迁', type: CellType.BOOLEAN, value: (n) => n.relocated, width: 8 },
      text('镇办', (n) => n.town.name, 12),
      text('村代码', (n) => n.village.code, 14),
      text('村', (n) => n.village.name, 14),
      text('组', (n) => n.groupName, 10),
      text('联系电话', (n) => n.phone, 14),
      enumOf('在监测类型', 'MonitoringType', (n) => n.openCase?.type, 14),
    ],
  },
};
