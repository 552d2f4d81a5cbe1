// Small, typed responses for the mocked API. Values follow the 2021 report.

export const towns = [
  {
    __typename: 'Town' as const,
    code: '610902001',
    name: '老城街道',
    villages: [
      { __typename: 'Village' as const, code: '610902001001', name: '西城社区' },
      { __typename: 'Village' as const, code: '610902001002', name: '东城社区' },
    ],
  },
  {
    __typename: 'Town' as const,
    code: '610902100',
    name: '关庙镇',
    villages: [{ __typename: 'Village' as const, code: '610902100201', name: '中心村' }],
  },
];

export const fundSourceOptions = {
  __typename: 'FundSourceConnection' as const,
  edges: [
    {
      __typename: 'FundSourceEdge' as const,
      node: {
        __typename: 'FundSource' as const,
        id: 'fs-1',
        name: '2021年中央财政衔接推进乡村振兴补助资金',
        year: 2021,
        category: 'BRIDGING' as const,
      },
    },
  ],
};

/** 瀛湖镇, the town of the demo clerk `yinghu`. */
export const yinghu = {
  __typename: 'Town' as const,
  code: '610902102',
  name: '瀛湖镇',
  villages: [{ __typename: 'Village' as const, code: '610902102201', name: '大明村' }],
};
