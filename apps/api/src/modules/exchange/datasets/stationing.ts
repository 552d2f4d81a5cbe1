import { date, type ExportList, enumOf, int, PAGE, placeColumns, text } from '../export-columns';

// 驻村帮扶: the lists of work teams and first secretaries (TeamListPage, SecretaryListPage). Both
// pages always send `active` (在驻 / 在任, or the ended ones).

const STATIONING_FILTER_LABELS = { townCode: '镇办', villageCode: '村', unitId: '派出单位', active: '在驻（在任）' };

/** 驻村工作队. */
export const WORK_TEAM_LIST: ExportList = {
  connection: 'workTeams',
  variables: ['filter'],
  filterLabels: STATIONING_FILTER_LABELS,
  query: `query ExportWorkTeams($filter: StationingFilter, $first: Int, $after: String) {
  workTeams(filter: $filter, first: $first, after: $after) {
    ${PAGE}
    edges { node {
      name formedOn dissolvedOn memberCount
      town { code name } village { code name }
      leadUnit { name kind }
    } }
  }
}`,
  columns: [
    text('队名', (n) => n.name, 32),
    ...placeColumns(),
    text('牵头派出单位', (n) => n.leadUnit.name, 24),
    enumOf('单位类型', 'UnitKind', (n) => n.leadUnit.kind, 10),
    date('组建日期', (n) => n.formedOn),
    int('在岗队员（人）', (n) => n.memberCount, 10),
    text('状态', (n) => (n.dissolvedOn ? '已撤销' : '在驻'), 8),
    date('撤销日期', (n) => n.dissolvedOn),
  ],
};

/** 第一书记: one row per term. */
export const FIRST_SECRETARY_LIST: ExportList = {
  connection: 'firstSecretaries',
  variables: ['filter'],
  filterLabels: STATIONING_FILTER_LABELS,
  query: `query ExportFirstSecretaries($filter: StationingFilter, $first: Int, $after: String) {
  firstSecretaries(filter: $filter, first: $first, after: $after) {
    ${PAGE}
    edges { node {
      startedOn endedOn endReason
      cadre { name title unit { name } }
      town { code name } village { code name }
    } }
  }
}`,
  columns: [
    text('姓名', (n) => n.cadre.name, 10),
    text('派出单位', (n) => n.cadre.unit.name, 24),
    text('单位职务', (n) => n.cadre.title, 16),
    ...placeColumns(),
    date('到任日期', (n) => n.startedOn),
    date('离任日期', (n) => n.endedOn),
    enumOf('离任原因', 'TermEndReason', (n) => n.endReason, 10),
  ],
};
