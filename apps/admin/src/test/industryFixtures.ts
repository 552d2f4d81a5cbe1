// Responses of the industry module as the API sends them (demo-like values, exact Money strings).
import { yinghu } from './fixtures';

const town = { __typename: 'Town' as const, code: yinghu.code, name: yinghu.name };
const daming = { __typename: 'Village' as const, code: '610902102201', name: '大明村' };
const qianjin = { __typename: 'Village' as const, code: '610902102202', name: '前进村' };

/** 瀛湖镇 with two villages, for the park form's pickers. */
export const yinghuWithVillages = { ...yinghu, villages: [daming, qianjin] };

/** A park of 瀛湖镇 as the list shows it. */
export function parkRow(id: string, code: string, name: string, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'IndustrialPark' as const,
    id,
    code,
    name,
    level: 'PROVINCIAL' as const,
    industry: 'TEA' as const,
    operatorName: '安康阳晨现代农业科技有限公司',
    operatorKind: 'ENTERPRISE' as const,
    investment: '35600000.00',
    jobs: 120,
    establishedYear: 2016,
    linkedHouseholds: 86,
    town,
    villages: [daming, qianjin],
    ...overrides,
  };
}

/** 阳晨现代农业园区, with a year of figures and one East–West investment. */
export function parkDetail(overrides: Record<string, unknown> = {}) {
  return {
    ...parkRow('park-1', 'YQ-0001', '阳晨现代农业园区'),
    areaMu: '3200.50',
    incomeGained: '412800.00',
    version: 4,
    createdAt: '2021-03-01T00:00:00.000Z',
    updatedAt: '2024-06-30T08:00:00.000Z',
    years: [
      {
        __typename: 'ParkYear' as const,
        year: 2024,
        outputValue: '18650000.00',
        dividends: '326000.00',
        liftedJobs: 48,
        version: 1,
      },
    ],
    investments: [
      {
        __typename: 'EnterpriseInvestment' as const,
        id: 'inv-1',
        year: 2021,
        amount: '12000000.00',
        description: '茶叶精深加工生产线',
        enterprise: { __typename: 'PartnerEnterprise' as const, id: 'ent-2', name: '江南茶业有限公司（演示）' },
      },
    ],
    ...overrides,
  };
}

/** The edit form's view of the same park. */
export function parkEdit(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'IndustrialPark' as const,
    id: 'park-1',
    code: 'YQ-0001',
    name: '阳晨现代农业园区',
    version: 4,
    level: 'PROVINCIAL' as const,
    industry: 'TEA' as const,
    operatorName: '安康阳晨现代农业科技有限公司',
    operatorKind: 'ENTERPRISE' as const,
    areaMu: '3200.50',
    investment: '35600000.00',
    jobs: 120,
    establishedYear: 2016,
    town: { __typename: 'Town' as const, code: yinghu.code },
    villages: [
      { __typename: 'Village' as const, code: daming.code },
      { __typename: 'Village' as const, code: qianjin.code },
    ],
    ...overrides,
  };
}

/** A benefit link; `household: undefined` as the API leaves it out when not asked for. */
export function benefitLink(id: string, headName: string | null, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'BenefitLink' as const,
    id,
    mode: 'EMPLOYMENT' as const,
    year: 2024,
    incomeGained: '6800.00',
    note: '',
    ...(headName
      ? {
          household: {
            __typename: 'Household' as const,
            id: `h-${id}`,
            code: '6109021022010004',
            headName,
            village: daming,
          },
        }
      : {}),
    ...overrides,
  };
}

/** A connection page of `nodes`. */
export function connection<N extends { id: string }>(typename: string, nodes: readonly N[], totalCount = nodes.length) {
  return {
    __typename: `${typename}Connection`,
    totalCount,
    pageInfo: { __typename: 'PageInfo' as const, hasNextPage: false, endCursor: null },
    edges: nodes.map((node) => ({ __typename: `${typename}Edge`, cursor: `c-${node.id}`, node })),
  };
}

/** An overview group, as staff (who may read households) see it: every figure exact. */
export function group(
  key: string,
  label: string,
  parks: number,
  linkedHouseholds: number,
  incomeGained: string,
  investment: string,
  jobs: number,
) {
  return {
    __typename: 'IndustryGroup' as const,
    key,
    label,
    parks,
    linkedHouseholds: linkedHouseholds as number | null,
    linkedHouseholdsShown: { __typename: 'SuppressedCount' as const, display: String(linkedHouseholds) },
    incomeGained: incomeGained as string | null,
    suppressed: false,
    investment,
    jobs,
  };
}

/** The same group as a viewer without household access gets it: households and income withheld. */
export function withheld(g: ReturnType<typeof group>, display: '<5' | '已隐藏' = '<5') {
  return {
    ...g,
    linkedHouseholds: null,
    linkedHouseholdsShown: { __typename: 'SuppressedCount' as const, display },
    incomeGained: null,
    suppressed: true,
  };
}

/** The five Jiangsu enterprises' headline, as the demo data gives it. */
export const eastWestSummary = {
  __typename: 'EastWestSummary' as const,
  enterprises: 5,
  investment: '105000000.00',
  jobs: 986,
  liftedJobs: 389,
};

export function enterprise(id: string, name: string, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'PartnerEnterprise' as const,
    id,
    name,
    origin: '江苏省常州市',
    sector: '房地产与社区工厂',
    settledYear: 2021,
    jobs: 180,
    liftedJobs: 62,
    version: 1,
    totalInvestment: '30000000.00',
    investments: [
      {
        __typename: 'EnterpriseInvestment' as const,
        id: `${id}-inv`,
        year: 2021,
        amount: '30000000.00',
        description: '社区工厂厂房建设',
        park: { __typename: 'IndustrialPark' as const, id: 'park-1', code: 'YQ-0001', name: '阳晨现代农业园区' },
        project: null,
      },
    ],
    ...overrides,
  };
}
