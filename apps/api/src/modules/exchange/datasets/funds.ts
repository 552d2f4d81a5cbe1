import { date, type ExportList, enumOf, int, money, PAGE, rate, text } from '../export-columns';

// 资金 (FundsPage): its three tabs, each with the page's year (and, for allocations and payments,
// fund source) filter.

/** 资金来源 tab: the sources of a year with what was allocated and paid from each. */
export const FUND_SOURCE_LIST: ExportList = {
  connection: 'fundSources',
  variables: ['filter'],
  filterLabels: { year: '年度', category: '资金类别' },
  query: `query ExportFundSources($filter: FundSourceFilter, $first: Int, $after: String) {
  fundSources(filter: $filter, first: $first, after: $after) {
    ${PAGE}
    edges { node {
      code name year category level documentNo projectCount allocatedAmount disbursedAmount executionRate
    } }
  }
}`,
  columns: [
    text('资金来源编号', (n) => n.code, 14),
    text('资金来源', (n) => n.name, 32),
    int('年度', (n) => n.year, 8),
    enumOf('资金类别', 'FundCategory', (n) => n.category, 18),
    enumOf('资金级次', 'FundLevel', (n) => n.level, 8),
    text('下达文号', (n) => n.documentNo, 20),
    int('项目数', (n) => n.projectCount, 8),
    money('已安排（元）', (n) => n.allocatedAmount),
    money('已支出（元）', (n) => n.disbursedAmount),
    rate('支出进度', (n) => n.executionRate),
  ],
};

/** 资金安排 tab. */
export const FUND_ALLOCATION_LIST: ExportList = {
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
    rate('支出进度', (n) => n.executionRate),
  ],
};

/** 资金支出 tab. */
export const DISBURSEMENT_LIST: ExportList = {
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
};
