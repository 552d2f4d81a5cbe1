import { graphql } from '../../gql';

// Shared selections (ProjectRef, FundSourceRef, AllocationAmounts, AllocationRow, DisbursementRow)
// are in src/lib/fragments.graphql.ts.

export const FundSourcesQuery = graphql(`
  query FundSources($filter: FundSourceFilter, $first: Int, $after: String) {
    fundSources(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          code
          name
          year
          category
          level
          documentNo
          allocatedAmount
          disbursedAmount
          executionRate
          projectCount
        }
      }
    }
  }
`);

export const DisbursementListQuery = graphql(`
  query DisbursementList($filter: DisbursementFilter, $first: Int, $after: String) {
    disbursements(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...DisbursementRow
          reversedAmount
          reversibleAmount
          createdAt
          allocation {
            id
            fundSource {
              ...FundSourceRef
            }
            project {
              ...ProjectRef
            }
          }
        }
      }
    }
  }
`);

export const DisbursementCursorsQuery = graphql(`
  query DisbursementCursors($filter: DisbursementFilter, $first: Int, $after: String) {
    disbursements(filter: $filter, first: $first, after: $after) {
      edges {
        cursor
      }
    }
  }
`);

/** Projects matching a search, with their allocations: the picker of the disbursement form. */
export const AllocationPickerQuery = graphql(`
  query AllocationPicker($search: String) {
    projects(filter: { search: $search }, first: 20) {
      edges {
        node {
          ...ProjectRef
          allocations {
            ...AllocationAmounts
            fundSource {
              ...FundSourceRef
            }
          }
        }
      }
    }
  }
`);

/** What a new payment changes: itself and what is left of its allocation. */
export const DisbursementWrittenFragment = graphql(`
  fragment DisbursementWritten on Disbursement {
    id
    amount
    voucherNo
    allocation {
      ...AllocationAmounts
    }
  }
`);

export const RecordDisbursementMutation = graphql(`
  mutation RecordDisbursement($input: RecordDisbursementInput!) {
    recordDisbursement(input: $input) {
      ...DisbursementWritten
    }
  }
`);

export const ReverseDisbursementMutation = graphql(`
  mutation ReverseDisbursement($input: ReverseDisbursementInput!) {
    reverseDisbursement(input: $input) {
      ...DisbursementWritten
      reverses {
        id
        reversedAmount
        reversibleAmount
      }
    }
  }
`);

export const FundAllocationListQuery = graphql(`
  query FundAllocationList($filter: FundAllocationFilter, $first: Int, $after: String) {
    fundAllocations(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...AllocationRow
          project {
            ...ProjectRef
            town {
              code
              name
            }
          }
        }
      }
    }
  }
`);

export const FundAllocationCursorsQuery = graphql(`
  query FundAllocationCursors($filter: FundAllocationFilter, $first: Int, $after: String) {
    fundAllocations(filter: $filter, first: $first, after: $after) {
      edges {
        cursor
      }
    }
  }
`);

/** Fund sources for filter pickers. */
export const FundSourceOptionsQuery = graphql(`
  query FundSourceOptions($year: Int) {
    fundSources(filter: { year: $year }, first: 100) {
      edges {
        node {
          ...FundSourceOption
        }
      }
    }
  }
`);
