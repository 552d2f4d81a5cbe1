// What the list pages can export. Each dataset is the GraphQL connection its page reads, with the
// page's own filter and sort as variables, and how a node becomes a spreadsheet row. The export
// pages through that query as the person who asked, so it contains exactly what they could see on
// the page (their towns, masked identifiers), in the page's order. Adding a dataset is adding its
// list (datasets/) and an entry here, its name to ExportDataset and its permission to
// DATASET_PERMISSION (export.service.ts).
import { registerEnumType } from 'type-graphql';
import { DISBURSEMENT_LIST, FUND_ALLOCATION_LIST, FUND_SOURCE_LIST } from './datasets/funds';
import { BENEFIT_LINK_LIST, INDUSTRIAL_PARK_LIST } from './datasets/industry';
import { HOUSEHOLD_LIST, MONITORING_CASE_LIST, MONITORING_WARNING_LIST } from './datasets/monitoring';
import { PROJECT_LIST } from './datasets/projects';
import { FIRST_SECRETARY_LIST, WORK_TEAM_LIST } from './datasets/stationing';
import { SUPERVISION_TASK_LIST, VILLAGE_LIST } from './datasets/supervision';
import { API_TOKEN_LIST, AUDIT_LOG_LIST, USER_LIST } from './datasets/system';
import type { ExportList } from './export-columns';

export enum ExportDataset {
  PROJECTS = 'PROJECTS',
  FUND_SOURCES = 'FUND_SOURCES',
  FUND_ALLOCATIONS = 'FUND_ALLOCATIONS',
  DISBURSEMENTS = 'DISBURSEMENTS',
  HOUSEHOLDS = 'HOUSEHOLDS',
  MONITORING_CASES = 'MONITORING_CASES',
  MONITORING_WARNINGS = 'MONITORING_WARNINGS',
  INDUSTRIAL_PARKS = 'INDUSTRIAL_PARKS',
  BENEFIT_LINKS = 'BENEFIT_LINKS',
  WORK_TEAMS = 'WORK_TEAMS',
  FIRST_SECRETARIES = 'FIRST_SECRETARIES',
  SUPERVISION_TASKS = 'SUPERVISION_TASKS',
  VILLAGES = 'VILLAGES',
  USERS = 'USERS',
  API_TOKENS = 'API_TOKENS',
  AUDIT_LOG = 'AUDIT_LOG',
}

export const EXPORT_DATASET_TITLE: Record<ExportDataset, string> = {
  PROJECTS: '项目库',
  FUND_SOURCES: '资金来源',
  FUND_ALLOCATIONS: '资金安排',
  DISBURSEMENTS: '资金支出',
  HOUSEHOLDS: '农户台账',
  MONITORING_CASES: '监测案件',
  MONITORING_WARNINGS: '监测预警',
  INDUSTRIAL_PARKS: '现代农业园区',
  BENEFIT_LINKS: '带动农户',
  WORK_TEAMS: '驻村工作队',
  FIRST_SECRETARIES: '第一书记',
  SUPERVISION_TASKS: '督查任务',
  VILLAGES: '村（社区）',
  USERS: '用户',
  API_TOKENS: '接口令牌',
  AUDIT_LOG: '审计日志',
};

registerEnumType(ExportDataset, {
  name: 'ExportDataset',
  description: '可导出的列表',
  valuesConfig: Object.fromEntries(
    Object.entries(EXPORT_DATASET_TITLE).map(([value, description]) => [value, { description }]),
  ),
});

export interface ExportDatasetDefinition extends ExportList {
  id: ExportDataset;
  title: string;
}

const LISTS: Record<ExportDataset, ExportList> = {
  PROJECTS: PROJECT_LIST,
  FUND_SOURCES: FUND_SOURCE_LIST,
  FUND_ALLOCATIONS: FUND_ALLOCATION_LIST,
  DISBURSEMENTS: DISBURSEMENT_LIST,
  HOUSEHOLDS: HOUSEHOLD_LIST,
  MONITORING_CASES: MONITORING_CASE_LIST,
  MONITORING_WARNINGS: MONITORING_WARNING_LIST,
  INDUSTRIAL_PARKS: INDUSTRIAL_PARK_LIST,
  BENEFIT_LINKS: BENEFIT_LINK_LIST,
  WORK_TEAMS: WORK_TEAM_LIST,
  FIRST_SECRETARIES: FIRST_SECRETARY_LIST,
  SUPERVISION_TASKS: SUPERVISION_TASK_LIST,
  VILLAGES: VILLAGE_LIST,
  USERS: USER_LIST,
  API_TOKENS: API_TOKEN_LIST,
  AUDIT_LOG: AUDIT_LOG_LIST,
};

export const EXPORT_DATASETS = Object.fromEntries(
  Object.values(ExportDataset).map((id) => [id, { id, title: EXPORT_DATASET_TITLE[id], ...LISTS[id] }]),
) as Record<ExportDataset, ExportDatasetDefinition>;
