import { graphql } from '../../gql';

// 督查督办: the 8 巩固衔接工作组 and the towns each covers; tasks from the finding through
// rectification and re-check to closure (销号); the demonstration villages (乡村振兴示范村).

/** A task as the list, the detail drawer and the mutations return it. */
export const SupervisionTaskRowFragment = graphql(`
  fragment SupervisionTaskRow on SupervisionTask {
    id
    code
    status
    finding
    foundOn
    assignedUnit
    deadline
    overdue
    rectification
    rectifiedOn
    recheckNote
    recheckedOn
    failedRechecks
    closedOn
    version
    group {
      id
      name
    }
    town {
      code
      name
    }
    village {
      code
      name
    }
  }
`);

export const SupervisionTaskListQuery = graphql(`
  query SupervisionTaskList($filter: SupervisionTaskFilter, $first: Int, $after: String) {
    supervisionTasks(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...SupervisionTaskRow
        }
      }
    }
  }
`);

/** Only the cursors: used to reach page N without loading pages 1…N-1. */
export const SupervisionTaskCursorsQuery = graphql(`
  query SupervisionTaskCursors($filter: SupervisionTaskFilter, $first: Int, $after: String) {
    supervisionTasks(filter: $filter, first: $first, after: $after) {
      edges {
        cursor
      }
    }
  }
`);

export const SupervisionTaskQuery = graphql(`
  query SupervisionTask($id: ID!) {
    supervisionTask(id: $id) {
      ...SupervisionTaskRow
    }
  }
`);

/** The 8 groups with their leaders and towns (the filter's options, the groups page). */
export const SupervisionGroupsQuery = graphql(`
  query SupervisionGroups {
    supervisionGroups {
      id
      name
      leaderName
      towns {
        code
        name
      }
    }
  }
`);

/** Counts by status, in total and per group: the dashboard panel and the groups page. */
export const SupervisionSummaryQuery = graphql(`
  query SupervisionSummary {
    supervisionSummary {
      groups
      tasks
      assigned
      rectified
      closed
      overdue
      byGroup {
        group {
          id
          name
        }
        tasks
        assigned
        rectified
        closed
        overdue
      }
    }
  }
`);

export const AssignSupervisionTaskMutation = graphql(`
  mutation AssignSupervisionTask($input: AssignSupervisionTaskInput!) {
    assignSupervisionTask(input: $input) {
      ...SupervisionTaskRow
    }
  }
`);

export const RectifySupervisionTaskMutation = graphql(`
  mutation RectifySupervisionTask($input: RectifySupervisionTaskInput!) {
    rectifySupervisionTask(input: $input) {
      ...SupervisionTaskRow
    }
  }
`);

export const RecheckSupervisionTaskMutation = graphql(`
  mutation RecheckSupervisionTask($input: RecheckSupervisionTaskInput!) {
    recheckSupervisionTask(input: $input) {
      ...SupervisionTaskRow
    }
  }
`);

/** A village as the demonstration list shows it: its town and all its categories. */
export const DemonstrationVillageRowFragment = graphql(`
  fragment DemonstrationVillageRow on Village {
    code
    name
    categories
    town {
      code
      name
    }
  }
`);

export const DemonstrationVillagesQuery = graphql(`
  query DemonstrationVillages($filter: VillageFilter, $first: Int, $after: String) {
    villages(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...DemonstrationVillageRow
        }
      }
    }
  }
`);

/** Only the cursors of the demonstration villages. */
export const DemonstrationVillageCursorsQuery = graphql(`
  query DemonstrationVillageCursors($filter: VillageFilter, $first: Int, $after: String) {
    villages(filter: $filter, first: $first, after: $after) {
      edges {
        cursor
      }
    }
  }
`);
