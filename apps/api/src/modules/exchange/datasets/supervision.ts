import { date, type ExportList, enumOf, int, PAGE, placeColumns, text, yesNo } from '../export-columns';

/** 督查任务 (SupervisionTaskListPage): the row the list and its drawer show. */
export const SUPERVISION_TASK_LIST: ExportList = {
  connection: 'supervisionTasks',
  variables: ['filter'],
  filterLabels: { groupId: '督查组', townCode: '镇办', status: '状态', overdue: '只看逾期' },
  query: `query ExportSupervisionTasks($filter: SupervisionTaskFilter, $first: Int, $after: String) {
  supervisionTasks(filter: $filter, first: $first, after: $after) {
    ${PAGE}
    edges { node {
      code status finding foundOn assignedUnit deadline overdue
      rectification rectifiedOn recheckNote recheckedOn failedRechecks closedOn
      group { name } town { code name } village { code name }
    } }
  }
}`,
  columns: [
    text('督办编号', (n) => n.code, 16),
    enumOf('状态', 'SupervisionStatus', (n) => n.status, 16),
    date('整改时限', (n) => n.deadline),
    yesNo('逾期', (n) => n.overdue, 6),
    ...placeColumns(),
    text('发现的问题', (n) => n.finding, 40),
    text('责任单位', (n) => n.assignedUnit, 20),
    text('督查组', (n) => n.group.name, 16),
    date('发现日期', (n) => n.foundOn),
    text('整改情况', (n) => n.rectification, 40),
    date('整改日期', (n) => n.rectifiedOn),
    text('复核意见', (n) => n.recheckNote, 30),
    date('复核日期', (n) => n.recheckedOn),
    int('复核未通过（次）', (n) => n.failedRechecks, 10),
    date('销号日期', (n) => n.closedOn),
  ],
};

/** Villages by town and category: the 乡村振兴示范村 page (DemonstrationVillagesPage) sends category DEMONSTRATION. */
export const VILLAGE_LIST: ExportList = {
  connection: 'villages',
  variables: ['filter'],
  filterLabels: { townCode: '镇办', category: '村类型', search: '名称' },
  query: `query ExportVillages($filter: VillageFilter, $first: Int, $after: String) {
  villages(filter: $filter, first: $first, after: $after) {
    ${PAGE}
    edges { node { code name categories town { code name } } }
  }
}`,
  columns: [
    text('村代码', (n) => n.code, 14),
    text('村（社区）', (n) => n.name, 16),
    text('镇办代码', (n) => n.town.code, 12),
    text('镇办', (n) => n.town.name, 12),
    enumOf('村类型', 'VillageCategory', (n) => n.categories, 40),
  ],
};
