import { graphql } from '../../gql';

/** A year's funding by town: the headline totals and one row per town. */
export const FundingSummaryFieldsFragment = graphql(`
  fragment FundingSummaryFields on FundingSummary {
    totals {
      allocated
      disbursed
      executionRate
      projectCount
      startedProjectCount
    }
    rows {
      key
      label
      allocated
      disbursed
      executionRate
      projectCount
    }
  }
`);

export const DashboardSummaryQuery = graphql(`
  query DashboardSummary($year: Int!) {
    systemInfo {
      demoData
      demoDataDescription
    }
    integrated: fundingSummary(year: $year, groupBy: TOWN) {
      ...FundingSummaryFields
    }
    bridging: fundingSummary(year: $year, groupBy: TOWN, fundCategory: BRIDGING) {
      ...FundingSummaryFields
    }
  }
`);
