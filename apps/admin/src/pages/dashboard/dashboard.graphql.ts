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

/** A count that the API suppresses when small ("<5"): show `display` as it is. */
export const MonitoringCountFieldsFragment = graphql(`
  fragment MonitoringCountFields on MonitoringCount {
    key
    label
    cases {
      value
      display
      suppressed
    }
  }
`);

/** 防返贫监测 on the dashboard; asked only by viewers with monitoring:read. */
export const MonitoringSummaryQuery = graphql(`
  query MonitoringSummary($year: Int) {
    monitoringSummary(year: $year) {
      year
      total {
        value
        display
      }
      open {
        value
        display
      }
      overdue {
        value
        display
      }
      byStep {
        ...MonitoringCountFields
      }
      byType {
        ...MonitoringCountFields
      }
    }
  }
`);

/** 产业与协作 on the dashboard: the report's headline counts, computed from rows. */
export const IndustryHeadlineQuery = graphql(`
  query IndustryHeadline($year: Int) {
    industrySummary(year: $year) {
      year
      total {
        key
        parks
        linkedHouseholdsShown {
          display
        }
        incomeGained
      }
    }
    eastWestSummary {
      enterprises
      investment
    }
  }
`);
