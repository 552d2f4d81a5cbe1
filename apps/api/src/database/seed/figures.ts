/**
 * The 2021 figures of the district's report that the demo data reproduces. Amounts are exact
 * (fen as bigint) and chosen so that every printed figure follows from them under the report's
 * rounding: 7.676 亿元 in all, 4.32 亿元 of 衔接资金, 4.305 亿元 spent, 99.67%.
 */
export const FIGURES_2021 = {
  year: 2021,
  projects: 775,
  bridgingProjects: 683,
  /** 统筹整合财政涉农资金: 7.676 亿元. */
  integratedFen: 767_600_000_00n,
  /** 衔接资金: 4.32 亿元. */
  bridgingFen: 431_960_000_00n,
  /** 衔接资金 spent: 4.305 亿元, 430,520,000 ÷ 431,960,000 = 99.67%. */
  bridgingDisbursedFen: 430_520_000_00n,
} as const;
