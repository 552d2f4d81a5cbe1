// Mocked responses of the 资金支出 tab: payments as DisbursementListQuery returns them.
import { AllocationPickerQuery, DisbursementListQuery, FundSourceOptionsQuery } from '../pages/funds/funds.graphql';
import { fundSourceOptions } from './fixtures';
import type { Mock } from './render';

/** A payment; `reversed` is what earlier reversals took off it (reversals themselves have nothing left). */
export const disbursement = (
  id: string,
  amount: string,
  voucherNo: string,
  { reversed = '0.00', reversible = amount.startsWith('-') ? '0.00' : amount, ...extra }: Record<string, unknown> = {},
) => ({
  __typename: 'DisbursementEdge' as const,
  cursor: `c-${id}`,
  node: {
    __typename: 'Disbursement' as const,
    id,
    paidOn: '2021-06-30',
    amount,
    voucherNo,
    payee: '关庙镇中心村股份经济合作社',
    note: '',
    createdAt: '2021-06-30T08:00:00.000Z',
    reversedAmount: reversed,
    reversibleAmount: reversible,
    reverses: null,
    allocation: {
      __typename: 'FundAllocation' as const,
      id: 'a-1',
      fundSource: {
        __typename: 'FundSource' as const,
        id: 'fs-1',
        name: '2021年中央财政衔接资金',
        category: 'BRIDGING',
      },
      project: { __typename: 'Project' as const, id: 'p-1', code: 'HB2021-0001', name: '中心村茶园提升' },
    },
    ...extra,
  },
});

/** Four payments: unreversed (d1), a reversal (d2) of d0 which it reversed in full, and d3 reversed in part. */
export const listMock: Mock = {
  request: { query: DisbursementListQuery, variables: { filter: { year: 2021 }, first: 20, after: null } },
  result: {
    data: {
      disbursements: {
        __typename: 'DisbursementConnection',
        totalCount: 4,
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'c-d0' },
        edges: [
          disbursement('d3', '300000.00', 'PZ-2021-0003', { reversed: '100000.00', reversible: '200000.00' }),
          disbursement('d1', '500000.00', 'PZ-2021-0001'),
          disbursement('d2', '-20000.00', 'PZ-2021-0002', {
            reverses: { __typename: 'Disbursement', id: 'd0', voucherNo: 'PZ-2021-0000' },
          }),
          disbursement('d0', '20000.00', 'PZ-2021-0000', { reversed: '20000.00', reversible: '0.00' }),
        ],
      },
    },
  },
  maxUsageCount: 5,
};

export const sourcesMock: Mock = {
  request: { query: FundSourceOptionsQuery, variables: { year: 2021 } },
  result: { data: { fundSources: fundSourceOptions } },
  maxUsageCount: 5,
};

export const pickerMock: Mock = {
  request: { query: AllocationPickerQuery, variables: { search: null } },
  result: {
    data: {
      projects: {
        __typename: 'ProjectConnection',
        edges: [
          {
            __typename: 'ProjectEdge',
            node: {
              __typename: 'Project',
              id: 'p-1',
              code: 'HB2021-0001',
              name: '中心村茶园提升',
              allocations: [
                {
                  __typename: 'FundAllocation',
                  id: 'a-1',
                  amount: '1000000.00',
                  disbursedAmount: '480000.00',
                  remainingAmount: '520000.00',
                  fundSource: {
                    __typename: 'FundSource',
                    id: 'fs-1',
                    name: '2021年中央财政衔接资金',
                    category: 'BRIDGING',
                  },
                },
              ],
            },
          },
        ],
      },
    },
  },
};
