export const dashboardText = {
  title: '总览',
  yearLabel: '年度',
  yearOption: (y: number) => `${y}年`,
  integratedTitle: '统筹整合财政资金',
  allocatedLabel: '下达资金',
  integratedProjects: '项目',
  startedProjects: '已开工',
  bridgingTitle: '其中：衔接资金',
  bridgingProjects: '项目',
  bridgingDisbursed: '支出',
  bridgingRate: '支出进度',
  unitProjects: '个项目',
  unitCount: '个',
  unitYi: '亿元',
  chartTitle: '各镇办支出进度',
  chartScopeIntegrated: '统筹整合资金',
  chartScopeBridging: '衔接资金',
  chartRow: (allocated: string, disbursed: string, projects: number) =>
    `下达 ${allocated} 万元 · 支出 ${disbursed} 万元 · ${projects} 个项目`,
  demoNotice: '数据为按 2021 年公开报道数字生成的演示数据；各项数字均由明细记录实时汇总。',
};

/** The 防返贫监测 panel. */
export const monitoringPanelText = {
  title: '防返贫监测',
  allYears: '全部年度',
  yearOption: (y: number) => `${y}年建档`,
  total: '监测案件',
  open: '在监测（识别中 + 帮扶中）',
  overdue: '识别超时',
  unitCases: '件',
  byStep: '识别中：等待的步骤',
  byType: '按监测对象类型',
  board: '案件看板',
  overdueList: '超时清单',
  suppressedHint: '不足 5 件的计数显示为 "<5"，以免识别到户',
};

/** The 产业与协作 panel. */
export const industryPanelText = {
  title: '产业与协作',
  allYears: '全部年度',
  yearOption: (y: number) => `${y}年`,
  yearLabel: '带动年度',
  parks: '现代农业园区',
  unitParks: '个',
  linkedHouseholds: '带动农户',
  unitHouseholds: '户',
  enterprises: '东西部协作企业',
  unitEnterprises: '家',
  investment: '协作企业完成投资',
  unitYi: '亿元',
  overview: '产业概览',
  eastWest: '东西部协作',
  householdsHint: '同一农户被多个园区带动只计一次',
};
