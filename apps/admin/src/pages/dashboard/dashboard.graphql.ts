import { graphql } from '../../gql';

export const DashboardSummaryQuery = graphql(`
  query DashboardSummary($year: Int!) {
    systemInfo {
      demoData
      demoDataDescription
    }
    integrated: fundingSummary(year: $year, groupBy: TOWN) {
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
    bridging: fundingSummary(year: $year, groupBy: TOWN, fundCategory: BRIDGING) {
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
  }
`);
