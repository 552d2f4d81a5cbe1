import { graphql } from '../../gql';

// Shared with the other pages' town pickers; kept importable from here.
export { TownsQuery } from '../../lib/places.graphql';

export const ProjectFundSourceOptionsQuery = graphql(`
  query ProjectFundSourceOptions {
    fundSources(first: 100) {
      edges {
        node {
          ...FundSourceOption
        }
      }
    }
  }
`);

/** A project as its lists show it: where, what, and how much of its money is paid. */
export const ProjectSummaryFragment = graphql(`
  fragment ProjectSummary on Project {
    ...ProjectRef
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
`);

/** The fields a person edits (the form's initial values). */
export const ProjectFieldsFragment = graphql(`
  fragment ProjectFields on Project {
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
          ...ProjectSummary
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
      ...ProjectSummary
      ...ProjectFields
      nextStatus
      version
      createdAt
      updatedAt
      allocations {
        ...AllocationRow
        fundSource {
          level
        }
        disbursements {
          ...DisbursementRow
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
      ...ProjectFields
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
