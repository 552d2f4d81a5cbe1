import { date, type ExportList, enumOf, int, PAGE, placeColumns, text, yesNo } from '../export-columns';

// 防返贫监测: the household register, the cases and the warnings. Identifiers come masked as the
// lists show them; nothing of health is asked for (a case's risk kinds and reason stay out).

/** 农户台账 (HouseholdListPage). */
export const HOUSEHOLD_LIST: ExportList = {
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
    text(
      '户主身份证号（脱敏）',
      (n) => n.members.find((m: { relation: string }) => m.relation === 'HEAD')?.idNumber,
      22,
    ),
    enumOf('农户类型', 'HouseholdCategory', (n) => n.category, 14),
    int('人口', (n) => n.memberCount, 6),
    yesNo('易地搬迁', (n) => n.relocated),
    text('镇办', (n) => n.town.name, 12),
    text('村代码', (n) => n.village.code, 14),
    text('村', (n) => n.village.name, 14),
    text('组', (n) => n.groupName, 10),
    text('联系电话', (n) => n.phone, 14),
    enumOf('在监测类型', 'MonitoringType', (n) => n.openCase?.type, 14),
  ],
};

/** 监测案件 (CaseListPage): the overdue list comes sorted by due date, as the page asks. */
export const MONITORING_CASE_LIST: ExportList = {
  connection: 'monitoringCases',
  variables: ['filter', 'sort'],
  filterLabels: {
    townCode: '镇办',
    villageCode: '村',
    householdId: '农户',
    type: '监测类型',
    channel: '发现渠道',
    status: '状态',
    stepCode: '等待步骤',
    overdue: '只看超时',
    greenChannel: '绿色通道',
    year: '建档年度',
  },
  query: `query ExportMonitoringCases($filter: MonitoringCaseFilter, $sort: MonitoringCaseSort, $first: Int, $after: String) {
  monitoringCases(filter: $filter, sort: $sort, first: $first, after: $after) {
    ${PAGE}
    edges { node {
      code type channel status greenChannel openedOn nextStepDueOn overdue
      household { code headName }
      town { code name } village { code name }
      nextStep { name }
    } }
  }
}`,
  columns: [
    text('案件编号', (n) => n.code, 18),
    text('户编号', (n) => n.household.code, 20),
    text('户主', (n) => n.household.headName, 10),
    ...placeColumns(),
    enumOf('监测类型', 'MonitoringType', (n) => n.type, 14),
    yesNo('绿色通道', (n) => n.greenChannel),
    enumOf('发现渠道', 'DiscoveryChannel', (n) => n.channel, 16),
    enumOf('状态', 'CaseStatus', (n) => n.status, 18),
    text('当前步骤', (n) => n.nextStep?.name, 10),
    date('截止日期', (n) => n.nextStepDueOn),
    yesNo('超时', (n) => n.overdue, 6),
    date('建档日期', (n) => n.openedOn),
  ],
};

/**
 * 预警 (WarningsPage). The message is what the list shows (a low-income warning names the income
 * and the line in it); the figures behind it, which the page only uses to prefill 发起监测, stay out.
 */
export const MONITORING_WARNING_LIST: ExportList = {
  connection: 'monitoringWarnings',
  variables: ['filter'],
  filterLabels: { townCode: '镇办', villageCode: '村', rule: '预警规则' },
  query: `query ExportMonitoringWarnings($filter: MonitoringWarningFilter, $first: Int, $after: String) {
  monitoringWarnings(filter: $filter, first: $first, after: $after) {
    ${PAGE}
    edges { node {
      rule message since days dueOn
      town { code name } village { code name }
      household { code headName }
      monitoringCase { code status }
    } }
  }
}`,
  columns: [
    enumOf('预警规则', 'WarningRule', (n) => n.rule, 22),
    text('预警说明', (n) => n.message, 50),
    ...placeColumns(),
    text('户编号', (n) => n.household.code, 20),
    text('户主', (n) => n.household.headName, 10),
    date('触发日期', (n) => n.since),
    int('已持续（天）', (n) => n.days, 8),
    date('截止日期', (n) => n.dueOn),
    text('案件编号', (n) => n.monitoringCase?.code, 18),
    enumOf('案件状态', 'CaseStatus', (n) => n.monitoringCase?.status, 18),
  ],
};
