import { graphql } from '../../gql';

export const TownsQuery = graphql(`
  query Towns {
    towns {
      code
      name
      villages {
        code
        name
      }
    }
  }
`);

export const ProjectFundSourceOptionsQuery = graphql(`
  query ProjectFundSourceOptions {
    fundSources(first: 100) {
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

export const ProjectListQuery = graphql(`
  query ProjectList($filter: ProjectFilter, $sort: ProjectSort, $first: Int, $after: String) {
    projects(filter: $filter, sort: $sort, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          code
          name
          year
          category
          industry
          status
          town {
            code
            name
          }
          village {
            code
            name
          }
          allocatedAmount
          disbursedAmount
          executionRate
        }
      }
    }
  }
`);

/** Only the cursors: used to reach page N without loading pages 1…N-1. */
export const ProjectCursorsQuery = graphql(`
  query ProjectCursors($filter: ProjectFilter, $sort: ProjectSort, $first: Int, $after: String) {
    projects(filter: $filter, sort: $sort, first: $first, after: $after) {
      edges {
        cursor
      }
    }
  }
`);

export const ProjectDetailQuery = graphql(`
  query ProjectDetail($id: ID!) {
    project(id: $id) {
      id
      code
      name
      year
      category
      industry
      constructionType
      status
      nextStatus
      version
      town {
        code
        name
      }
      village {
        code
        name
      }
      responsibleUnit
      tasks
      plannedStart
      plannedEnd
      approvalDocNo
      beneficiaryHouseholds
      beneficiaryPersons
      liftedHouseholds
      liftedPersons
      benefitMechanism
      allocatedAmount
      disbursedAmount
      executionRate
      createdAt
      updatedAt
      allocations {
        id
        amount
        disbursedAmount
        remainingAmount
        executionRate
        disbursementCount
        allocatedOn
        documentNo
        fundSource {
          id
          name
          category
          level
        }
        disbursements {
          id
          paidOn
          amount
          voucherNo
          payee
          note
          reverses {
            id
            voucherNo
          }
        }
      }
      performanceTargets {
        id
        level
        subLevel
        indicator
        operator
        targetValue
        unit
        actualValue
        score
      }
      statusHistory {
        id
        fromStatus
        toStatus
        effectiveOn
        note
        changedAt
      }
    }
  }
`);

export const ProjectEditQuery = graphql(`
  query ProjectEdit($id: ID!) {
    project(id: $id) {
      id
      code
      version
      name
      year
      category
      industry
      constructionType
      town {
        code
      }
      village {
        code
      }
      responsibleUnit
      tasks
      plannedStart
      plannedEnd
      approvalDocNo
      beneficiaryHouseholds
      beneficiaryPersons
      liftedHouseholds
      liftedPersons
      benefitMechanism
    }
  }
`);

export const CreateProjectMutation = graphql(`
  mutation CreateProject($input: CreateProjectInput!) {
    createProject(input: $input) {
      id
      code
      name
    }
  }
`);

export const UpdateProjectMutation = graphql(`
  mutation UpdateProject($id: ID!, $input: UpdateProjectInput!) {
    updateProject(id: $id, input: $input) {
      id
      version
      name
    }
  }
`);

export const AdvanceProjectStatusMutation = graphql(`
  mutation AdvanceProjectStatus($input: AdvanceProjectStatusInput!) {
    advanceProjectStatus(input: $input) {
      id
      status
      nextStatus
      version
    }
  }
`);
