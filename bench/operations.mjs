/** The operations the benchmarks time, as a client sends them. */
export const operations = {
  projectsNested: {
    description: 'projects(first: 50) with town, village, allocations and fund sources',
    query: `query ProjectsNested {
      projects(first: 50, filter: { year: 2021 }) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { node { id code name status allocatedAmount disbursedAmount executionRate
          town { code name } village { code name }
          allocations { amount disbursedAmount fundSource { code name category level } } } }
      }
    }`,
  },
  fundingSummary: {
    description: 'fundingSummary(year: 2021) by town, the dashboard aggregate',
    query: `query FundingSummary {
      all: fundingSummary(year: 2021, groupBy: TOWN) { totals { allocated disbursed executionRate projectCount startedProjectCount } rows { key label allocated disbursed executionRate projectCount } }
      bridging: fundingSummary(year: 2021, groupBy: SOURCE, fundCategory: BRIDGING) { totals { allocated disbursed executionRate projectCount } rows { key label allocated disbursed } }
    }`,
  },
};
