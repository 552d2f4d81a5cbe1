import { date, type ExportList, enumOf, int, money, PAGE, rate, text } from '../export-columns';

/** 项目库: the project list (ProjectListPage), with its filter and sort. */
export const PROJECT_LIST: ExportList = {
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
    rate('支出进度', (n) => n.executionRate),
  ],
};
