import { graphql } from '../../gql';

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
          id
          paidOn
          amount
          voucherNo
          payee
          note
          createdAt
          reverses {
            id
            voucherNo
          }
          allocation {
            id
            fundSource {
              id
              name
              category
            }
            project {
              id
              code
              name
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
          id
          code
          name
          allocations {
            id
            amount
            disbursedAmount
            remainingAmount
            fundSource {
              id
              name
              category
            }
          }
        }
      }
    }
  }
`);

export const RecordDisbursementMutation = graphql(`
  mutation RecordDisbursement($input: RecordDisbursementInput!) {
    recordDisbursement(input: $input) {
      id
      amount
      voucherNo
      allocation {
        id
        disbursedAmount
        remainingAmount
      }
    }
  }
`);

export const ReverseDisbursementMutation = graphql(`
  mutation ReverseDisbursement($input: ReverseDisbursementInput!) {
    reverseDisbursement(input: $input) {
      id
      amount
      voucherNo
      allocation {
        id
        disbursedAmount
        remainingAmount
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
          id
          allocatedOn
          documentNo
          amount
          disbursedAmount
          remainingAmount
          executionRate
          disbursementCount
          fundSource {
            id
            name
            category
          }
          project {
            id
            code
            name
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
          id
          name
          year
          category
        }
      }
    }
  }
`);
