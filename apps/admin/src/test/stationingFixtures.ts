// Responses of the stationing module as the API sends them (synthetic names, like the demo data).
import { TownsQuery } from '../lib/places.graphql';
import { DispatchingUnitsQuery } from '../pages/stationing/stationing.graphql';
import { yinghu } from './fixtures';
import { yinghuWithVillages } from './industryFixtures';
import type { Mock } from './render';
import { auditor, townClerk, viewer } from './viewers';

// The stationing module's permissions, as the API's roles hold them (identity.enums.ts): every staff
// role reads; district staff and town clerks station cadres (a town in its own villages).
const STATIONING_READ = ['stationing:read'];

/** 瀛湖镇's clerk with the stationing module. */
export const stationingClerk = viewer({
  ...townClerk,
  permissions: [...townClerk.permissions, ...STATIONING_READ, 'stationing:write'],
});

/** 审计/督查 with the stationing module: reads, writes nothing. */
export const stationingAuditor = viewer({ ...auditor, permissions: [...auditor.permissions, ...STATIONING_READ] });

const town = { __typename: 'Town' as const, code: yinghu.code, name: yinghu.name };
const daming = { __typename: 'Village' as const, code: '610902102201', name: '大明村' };
export const UNIT_ID = '0d8c3c62-7a9b-4a4c-9b7e-3f3f0a1c2d01';
const finance = { __typename: 'DispatchingUnit' as const, id: UNIT_ID, name: '区财政局' };

export const dispatchingUnits = [
  { ...finance, kind: 'DISTRICT' as const },
  {
    __typename: 'DispatchingUnit' as const,
    id: '0d8c3c62-7a9b-4a4c-9b7e-3f3f0a1c2d02',
    name: '省水利厅（演示）',
    kind: 'PROVINCIAL' as const,
  },
];

export function cadre(id: string, name: string, title = '副科长') {
  return { __typename: 'Cadre' as const, id, name, title, unit: finance };
}

/** A team of 瀛湖镇 in 大明村 as the list shows it. */
export function teamRow(id: string, name: string, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'WorkTeam' as const,
    id,
    name,
    formedOn: '2021-05-10',
    dissolvedOn: null,
    memberCount: 2,
    version: 1,
    town,
    village: daming,
    leadUnit: { ...finance, kind: 'DISTRICT' as const },
    ...overrides,
  };
}

export function member(id: string, name: string, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'WorkTeamMember' as const,
    id,
    role: 'MEMBER' as const,
    startedOn: '2021-06-01',
    endedOn: null,
    endReason: null,
    version: 1,
    cadre: cadre(`c-${id}`, name),
    ...overrides,
  };
}

/** 区财政局驻大明村工作队: two in post, one who rotated out. */
export function teamDetail(overrides: Record<string, unknown> = {}) {
  return {
    ...teamRow('team-1', '区财政局驻大明村工作队'),
    members: [
      member('m-old', '陈旧人', { endedOn: '2022-05-31', endReason: 'ROTATED', version: 2 }),
      member('m-1', '王建国', { role: 'LEADER' }),
      member('m-2', '李秀英', { startedOn: '2022-06-01' }),
    ],
    ...overrides,
  };
}

export function secretary(id: string, name: string, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'FirstSecretary' as const,
    id,
    startedOn: '2021-06-15',
    endedOn: null,
    endReason: null,
    version: 1,
    cadre: cadre(`c-${id}`, name),
    town,
    village: daming,
    ...overrides,
  };
}

export function villageCoverage(code: string, name: string, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'VillageCoverage' as const,
    villageCode: code,
    villageName: name,
    categories: ['FORMER_POVERTY'],
    hasTeam: true,
    teamId: `team-${code}`,
    members: 3,
    hasFirstSecretary: true,
    ...overrides,
  };
}

/** 瀛湖镇's coverage: one village fully covered, one whose team has nobody in post, one with nothing. */
export const yinghuCoverage = {
  __typename: 'StationingCoverage' as const,
  categories: ['FORMER_POVERTY', 'RELOCATION_COMMUNITY', 'WEAK_PARTY_ORG', 'DEMONSTRATION'],
  covered: 3,
  withTeam: 1,
  withFirstSecretary: 2,
  towns: [
    {
      __typename: 'TownCoverage' as const,
      townCode: yinghu.code,
      townName: yinghu.name,
      covered: 3,
      withTeam: 1,
      withFirstSecretary: 2,
      villages: [
        villageCoverage('610902102201', '大明村', { categories: ['FORMER_POVERTY', 'DEMONSTRATION'] }),
        villageCoverage('610902102202', '前进村', { hasTeam: false, teamId: 'team-empty', members: 0 }),
        villageCoverage('610902102203', '迎风村', {
          categories: ['WEAK_PARTY_ORG'],
          hasTeam: false,
          teamId: null,
          members: 0,
          hasFirstSecretary: false,
        }),
      ],
    },
  ],
};

/** 瀛湖镇 with its villages, as the pickers and filters load them. */
export const yinghuTownsMock: Mock = {
  request: { query: TownsQuery },
  result: { data: { towns: [yinghuWithVillages] } },
  maxUsageCount: 5,
};

/** The dispatching units, as the unit pickers load them. */
export const unitsMock: Mock = {
  request: { query: DispatchingUnitsQuery },
  result: { data: { dispatchingUnits } },
  maxUsageCount: 5,
};
