// A project as ProjectDetailQuery returns it.
import { AuditLogQuery } from '../pages/audit/audit.graphql';
import type { Mock } from './render';

export function projectDetail(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Project' as const,
    id: 'p-1',
    code: 'HB2021-0001',
    name: '中心村茶园提升',
    year: 2021,
    category: 'INDUSTRY',
    industry: 'TEA',
    constructionType: 'EXPANSION',
    status: 'STARTED',
    nextStatus: 'COMPLETED',
    version: 4,
    town: { __typename: 'Town' as const, code: '610902100', name: '关庙镇' },
    village: { __typename: 'Village' as const, code: '610902100201', name: '中心村' },
    responsibleUnit: '关庙镇人民政府',
    tasks: '新建茶园 200 亩',
    plannedStart: '2021-03-01',
    plannedEnd: '2021-10-31',
    approvalDocNo: '汉乡振发〔2021〕12号',
    beneficiaryHouseholds: 120,
    beneficiaryPersons: 380,
    liftedHouseholds: 45,
    liftedPersons: 150,
    benefitMechanism: '土地流转 + 务工就业',
    allocatedAmount: '1000000.00',
    disbursedAmount: '480000.00',
    executionRate: '0.4800',
    createdAt: '2021-02-20T02:00:00.000Z',
    updatedAt: '2021-07-01T02:00:00.000Z',
    allocations: [
      {
        __typename: 'FundAllocation' as const,
        id: 'a-1',
        amount: '1000000.00',
        disbursedAmount: '480000.00',
        remainingAmount: '520000.00',
        executionRate: '0.4800',
        disbursementCount: 2,
        allocatedOn: '2021-03-15',
        documentNo: '汉财农〔2021〕8号',
        fundSource: {
          __typename: 'FundSource' as const,
          id: 'fs-1',
          name: '2021年中央财政衔接资金',
          category: 'BRIDGING',
          level: 'CENTRAL',
        },
        disbursements: [
          {
            __typename: 'Disbursement' as const,
            id: 'd1',
            paidOn: '2021-06-30',
            amount: '500000.00',
            voucherNo: 'PZ-2021-0001',
            payee: '关庙镇中心村股份经济合作社',
            note: '',
            reverses: null,
          },
          {
            __typename: 'Disbursement' as const,
            id: 'd2',
            paidOn: '2021-07-02',
            amount: '-20000.00',
            voucherNo: 'PZ-2021-0002',
            payee: '关庙镇中心村股份经济合作社',
            note: '多付冲回',
            reverses: { __typename: 'Disbursement' as const, id: 'd1', voucherNo: 'PZ-2021-0001' },
          },
        ],
      },
    ],
    performanceTargets: [
      {
        __typename: 'PerformanceTarget' as const,
        id: 't-1',
        level: 'OUTPUT',
        subLevel: '数量指标',
        indicator: '新建茶园面积',
        operator: 'GTE',
        targetValue: '200',
        unit: '亩',
        actualValue: '210',
        score: '10.00',
      },
    ],
    statusHistory: [
      {
        __typename: 'ProjectStatusChange' as const,
        id: 'h-1',
        fromStatus: null,
        toStatus: 'RESERVED',
        effectiveOn: '2021-02-20',
        note: '',
        changedAt: '2021-02-20T02:00:00.000Z',
      },
      {
        __typename: 'ProjectStatusChange' as const,
        id: 'h-2',
        fromStatus: 'RESERVED',
        toStatus: 'APPROVED',
        effectiveOn: '2021-03-01',
        note: '区政府批复',
        changedAt: '2021-03-01T02:00:00.000Z',
      },
    ],
    ...overrides,
  };
}

/** The project's 变更记录 when it has none (district administrators read the audit trail). */
export const noChangeLog: Mock = {
  request: {
    query: AuditLogQuery,
    variables: { filter: { entityType: 'project', entityId: 'p-1' }, first: 20, after: null },
  },
  result: {
    data: {
      auditLog: {
        __typename: 'AuditEntryConnection',
        totalCount: 0,
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        edges: [],
      },
    },
  },
  maxUsageCount: 5,
};
