// The BI feeds: a fixed, documented set of aggregates that BI tools pull as CSV (or as the GraphQL
// query each one names). A feed is its GraphQL document plus how the answer becomes rows, so the
// CSV is by construction what the same query returns, under the same rules (scope, suppression).
// Adding a feed is adding an entry to FEEDS: nothing else needs to change.
import { FundCategory } from '../fund/fund.enums';
import { FundingGroupBy } from '../fund/fund.type';

/** How a column's values are written: MONEY and RATE as exact decimals (never floats). */
export enum FeedColumnType {
  TEXT = 'TEXT',
  INTEGER = 'INTEGER',
  /** Yuan with two decimals, e.g. 1234.50. */
  MONEY = 'MONEY',
  /** A share with four decimals, e.g. 0.9967; empty when undefined (nothing allocated). */
  RATE = 'RATE',
}

export interface FeedColumn {
  /** Stable machine name: the CSV header unless Chinese headers are asked for. */
  key: string;
  /** The Chinese header. */
  label: string;
  type: FeedColumnType;
  description?: string;
}

export enum FeedParameterType {
  YEAR = 'YEAR',
  FUND_CATEGORY = 'FUND_CATEGORY',
}

export interface FeedParameter {
  name: string;
  type: FeedParameterType;
  required: boolean;
  description: string;
}

export type FeedValue = string | number | null;
export type FeedRow = Record<string, FeedValue>;

export interface Feed {
  /** The feed's name in its URL: /api/bi/v1/feeds/<id>.csv */
  id: string;
  title: string;
  description: string;
  parameters: FeedParameter[];
  /** The GraphQL query the feed runs; its variables are the parameters. */
  query: string;
  columns: FeedColumn[];
  /** The query's data → one row per group. */
  rows(data: Record<string, any>): FeedRow[];
}

const YEAR: FeedParameter = {
  name: 'year',
  type: FeedParameterType.YEAR,
  required: true,
  description: '项目年度，如 2021',
};
const OPTIONAL_YEAR: FeedParameter = { ...YEAR, required: false, description: '年度，如 2021；不填为全部年度' };
const FUND_CATEGORY: FeedParameter = {
  name: 'fundCategory',
  type: FeedParameterType.FUND_CATEGORY,
  required: false,
  description: `只统计某一资金类别：${Object.values(FundCategory).join('、')}；不填为全部统筹整合资金`,
};

const KEY_LABEL = (keyLabel: string, labelLabel: string): FeedColumn[] => [
  { key: 'key', label: keyLabel, type: FeedColumnType.TEXT },
  { key: 'label', label: labelLabel, type: FeedColumnType.TEXT },
];

const FUNDING_MEASURES: FeedColumn[] = [
  { key: 'allocated', label: '已安排（元）', type: FeedColumnType.MONEY },
  { key: 'disbursed', label: '已支出（元）', type: FeedColumnType.MONEY },
  { key: 'execution_rate', label: '支出进度', type: FeedColumnType.RATE },
  { key: 'project_count', label: '项目数', type: FeedColumnType.INTEGER },
  { key: 'started_project_count', label: '已开工项目数', type: FeedColumnType.INTEGER },
];

function fundingFeed(
  id: string,
  groupBy: FundingGroupBy,
  title: string,
  description: string,
  key: [string, string],
): Feed {
  const name = `BiFunding${groupBy
    .split('_')
    .map((w) => w[0] + w.slice(1).toLowerCase())
    .join('')}`;
  return {
    id,
    title,
    description: `${description}。金额为精确到分的小数；不含合计行（合计用 fundingSummary 的 totals）。`,
    parameters: [YEAR, FUND_CATEGORY],
    query: `query ${name}($year: Int!, $fundCategory: FundCategory) {
  fundingSummary(year: $year, groupBy: ${groupBy}, fundCategory: $fundCategory) {
    rows { key label allocated disbursed executionRate projectCount startedProjectCount }
  }
}`,
    columns: [...KEY_LABEL(...key), ...FUNDING_MEASURES],
    rows: (data) =>
      data.fundingSummary.rows.map((r: Record<string, any>) => ({
        key: r.key,
        label: r.label,
        allocated: r.allocated,
        disbursed: r.disbursed,
        execution_rate: r.executionRate,
        project_count: r.projectCount,
        started_project_count: r.startedProjectCount,
      })),
  };
}

/**
 * How a feed says that small counts are withheld, naming its value and display columns: the same
 * rule as `common/suppression.ts`, in the words a BI engineer reads in the catalog.
 */
const suppressionNote = (value: string, display: string) =>
  `1 到 4 户的计数可能指认到具体农户，${value} 留空、${display} 为 "<5"；若只隐藏一格能被合计反推，另一格也隐藏（"已隐藏"）。`;
const SUPPRESSION_NOTE = suppressionNote('cases', 'cases_display');

const INDUSTRY_MEASURES: FeedColumn[] = [
  { key: 'parks', label: '园区数', type: FeedColumnType.INTEGER },
  { key: 'linked_households', label: '带动农户（户）', type: FeedColumnType.INTEGER, description: '隐藏时为空' },
  {
    key: 'linked_households_display',
    label: '带动农户显示值',
    type: FeedColumnType.TEXT,
    description: '如 "12"、"<5"、"已隐藏"',
  },
  { key: 'income_gained', label: '农户增收（元）', type: FeedColumnType.MONEY, description: '带动农户隐藏时为空' },
  { key: 'investment', label: '累计投资（元）', type: FeedColumnType.MONEY },
  { key: 'jobs', label: '就业岗位', type: FeedColumnType.INTEGER },
];

function industryFeed(id: string, field: 'byIndustry' | 'byTown', title: string, key: [string, string]): Feed {
  return {
    id,
    title,
    description: `${title}：园区数、带动农户（去重）、农户增收、累计投资、就业岗位。无农户台账读取权限的调用方（BI 令牌等）：${suppressionNote('linked_households', 'linked_households_display')}隐藏的分组 income_gained 也留空。`,
    parameters: [OPTIONAL_YEAR],
    query: `query BiIndustry${field === 'byTown' ? 'ByTown' : 'ByIndustry'}($year: Int) {
  industrySummary(year: $year) {
    ${field} { key label parks linkedHouseholds linkedHouseholdsShown { display } incomeGained investment jobs }
  }
}`,
    columns: [...KEY_LABEL(...key), ...INDUSTRY_MEASURES],
    rows: (data) =>
      data.industrySummary[field].map((r: Record<string, any>) => ({
        key: r.key,
        label: r.label,
        parks: r.parks,
        linked_households: r.linkedHouseholds,
        linked_households_display: r.linkedHouseholdsShown.display,
        income_gained: r.incomeGained,
        investment: r.investment,
        jobs: r.jobs,
      })),
  };
}

function monitoringFeed(id: string, field: 'byTown' | 'byType' | 'byStatus', title: string, keyLabel: string): Feed {
  const suffix = field.slice(2);
  return {
    id,
    title,
    description: `${title}（按建档年份）。${SUPPRESSION_NOTE}`,
    parameters: [OPTIONAL_YEAR],
    query: `query BiMonitoringBy${suffix}($year: Int) {
  monitoringSummary(year: $year) {
    ${field} { key label cases { value display suppressed } }
  }
}`,
    columns: [
      ...KEY_LABEL(keyLabel, '名称'),
      { key: 'cases', label: '监测户数', type: FeedColumnType.INTEGER, description: '隐藏时为空' },
      { key: 'cases_display', label: '显示值', type: FeedColumnType.TEXT, description: '如 "12"、"<5"、"已隐藏"' },
    ],
    rows: (data) =>
      data.monitoringSummary[field].map((r: Record<string, any>) => ({
        key: r.key,
        label: r.label,
        cases: r.cases.value,
        cases_display: r.cases.display,
      })),
  };
}

/** Every feed, in the order the guide lists them. */
export const FEEDS: readonly Feed[] = [
  fundingFeed(
    'funding-by-town',
    FundingGroupBy.TOWN,
    '资金安排与支出（按镇办）',
    '28 个镇办每个一行，没有资金的镇办也列出',
    ['镇办代码', '镇办'],
  ),
  fundingFeed(
    'funding-by-source',
    FundingGroupBy.SOURCE,
    '资金安排与支出（按资金来源）',
    '每个有安排的资金来源一行；项目数为安排笔数（一个项目在一个来源下至多一笔）',
    ['资金来源 ID', '资金来源'],
  ),
  fundingFeed('funding-by-category', FundingGroupBy.CATEGORY, '资金安排与支出（按项目类别）', '每个项目类别一行', [
    '项目类别代码',
    '项目类别',
  ]),
  fundingFeed(
    'funding-by-village-category',
    FundingGroupBy.VILLAGE_CATEGORY,
    '资金安排与支出（按村类型）',
    '按项目所在村的类型；一个村可有多种类型，其项目计入每一种，各行之和可大于合计；不在某一村的项目计入 NONE',
    ['村类型代码', '村类型'],
  ),
  fundingFeed(
    'funding-by-month',
    FundingGroupBy.MONTH,
    '资金安排与支出（按月份）',
    '安排按下达日期、支出按支付日期计入月份（YYYY-MM）；项目数为当月有支出的项目',
    ['月份', '月份'],
  ),
  industryFeed('parks-by-industry', 'byIndustry', '产业园区（按产业）', ['产业代码', '产业']),
  industryFeed('parks-by-town', 'byTown', '产业园区（按镇办）', ['镇办代码', '镇办']),
  monitoringFeed('monitoring-by-town', 'byTown', '防返贫监测户（按镇办）', '镇办代码'),
  monitoringFeed('monitoring-by-type', 'byType', '防返贫监测户（按监测类型）', '监测类型代码'),
  monitoringFeed('monitoring-by-status', 'byStatus', '防返贫监测户（按状态）', '状态代码'),
  {
    id: 'supervision-by-group',
    title: '督查督办（按工作组）',
    description: '8 个巩固衔接工作组各一行：整改中、待复核、已销号、逾期未整改的任务数。',
    parameters: [],
    query: `query BiSupervisionByGroup {
  supervisionSummary {
    byGroup { group { id name } assigned rectified closed overdue }
  }
}`,
    columns: [
      ...KEY_LABEL('工作组 ID', '工作组'),
      { key: 'assigned', label: '整改中', type: FeedColumnType.INTEGER },
      { key: 'rectified', label: '待复核', type: FeedColumnType.INTEGER },
      { key: 'closed', label: '已销号', type: FeedColumnType.INTEGER },
      { key: 'overdue', label: '逾期未整改', type: FeedColumnType.INTEGER },
    ],
    rows: (data) =>
      data.supervisionSummary.byGroup.map((r: Record<string, any>) => ({
        key: r.group.id,
        label: r.group.name,
        assigned: r.assigned,
        rectified: r.rectified,
        closed: r.closed,
        overdue: r.overdue,
      })),
  },
  {
    id: 'district-headline',
    title: '全区驻村帮扶与东西部协作',
    description: '一行：在任第一书记、在驻工作队、在岗队员人数，东西部协作企业数、完成投资、岗位与脱贫劳动力就业。',
    parameters: [],
    query: `query BiDistrictHeadline {
  stationingSummary { firstSecretaries workTeams members }
  eastWestSummary { enterprises investment jobs liftedJobs }
}`,
    columns: [
      { key: 'first_secretaries', label: '在任第一书记', type: FeedColumnType.INTEGER },
      { key: 'work_teams', label: '在驻工作队', type: FeedColumnType.INTEGER },
      { key: 'team_members', label: '在岗队员', type: FeedColumnType.INTEGER },
      { key: 'east_west_enterprises', label: '东西部协作企业', type: FeedColumnType.INTEGER },
      { key: 'east_west_investment', label: '东西部协作完成投资（元）', type: FeedColumnType.MONEY },
      { key: 'east_west_jobs', label: '提供岗位', type: FeedColumnType.INTEGER },
      { key: 'east_west_lifted_jobs', label: '其中脱贫劳动力就业', type: FeedColumnType.INTEGER },
    ],
    rows: (data) => [
      {
        first_secretaries: data.stationingSummary.firstSecretaries,
        work_teams: data.stationingSummary.workTeams,
        team_members: data.stationingSummary.members,
        east_west_enterprises: data.eastWestSummary.enterprises,
        east_west_investment: data.eastWestSummary.investment,
        east_west_jobs: data.eastWestSummary.jobs,
        east_west_lifted_jobs: data.eastWestSummary.liftedJobs,
      },
    ],
  },
];

export const BI_BASE_PATH = '/api/bi/v1';

/** What the catalog says about a feed: everything a BI engineer needs to pull it. */
export function describeFeed(feed: Feed) {
  return {
    id: feed.id,
    title: feed.title,
    description: feed.description,
    parameters: feed.parameters,
    columns: feed.columns,
    query: feed.query,
    csvPath: `${BI_BASE_PATH}/feeds/${feed.id}.csv`,
  };
}

export function feedById(id: string): Feed | undefined {
  return FEEDS.find((f) => f.id === id);
}
