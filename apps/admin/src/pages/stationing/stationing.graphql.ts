import { graphql } from '../../gql';

// 驻村帮扶: work teams and their members, first secretaries, the coverage of the villages that must
// have both (驻村全覆盖). Terms end (rotation, recall …) and stay as history.

/** A cadre with the unit that sent them. */
export const CadreFieldsFragment = graphql(`
  fragment CadreFields on Cadre {
    id
    name
    title
    unit {
      id
      name
    }
  }
`);

/** A work team as the list shows it. */
export const WorkTeamRowFragment = graphql(`
  fragment WorkTeamRow on WorkTeam {
    id
    name
    formedOn
    dissolvedOn
    memberCount
    version
    town {
      code
      name
    }
    village {
      code
      name
    }
    leadUnit {
      id
      name
      kind
    }
  }
`);

/** One member's term in a team. */
export const TeamMemberRowFragment = graphql(`
  fragment TeamMemberRow on WorkTeamMember {
    id
    role
    startedOn
    endedOn
    endReason
    version
    cadre {
      ...CadreFields
    }
  }
`);

/** One first secretary's term in a village. */
export const FirstSecretaryRowFragment = graphql(`
  fragment FirstSecretaryRow on FirstSecretary {
    id
    startedOn
    endedOn
    endReason
    version
    cadre {
      ...CadreFields
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

export const WorkTeamListQuery = graphql(`
  query WorkTeamList($filter: StationingFilter, $first: Int, $after: String) {
    workTeams(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...WorkTeamRow
        }
      }
    }
  }
`);

/** Only the cursors: used to reach page N without loading pages 1…N-1. */
export const WorkTeamCursorsQuery = graphql(`
  query WorkTeamCursors($filter: StationingFilter, $first: Int, $after: String) {
    workTeams(filter: $filter, first: $first, after: $after) {
      edges {
        cursor
      }
    }
  }
`);

/** A team with every term of its members, in post and ended. */
export const WorkTeamDetailQuery = graphql(`
  query WorkTeamDetail($id: ID!) {
    workTeam(id: $id) {
      ...WorkTeamRow
      members(current: false) {
        ...TeamMemberRow
      }
    }
  }
`);

export const FirstSecretaryListQuery = graphql(`
  query FirstSecretaryList($filter: StationingFilter, $first: Int, $after: String) {
    firstSecretaries(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...FirstSecretaryRow
        }
      }
    }
  }
`);

export const FirstSecretaryCursorsQuery = graphql(`
  query FirstSecretaryCursors($filter: StationingFilter, $first: Int, $after: String) {
    firstSecretaries(filter: $filter, first: $first, after: $after) {
      edges {
        cursor
      }
    }
  }
`);

/** Every first secretary a village has had, the one in post last. */
export const VillageSecretariesQuery = graphql(`
  query VillageSecretaries($villageCode: ID!) {
    firstSecretaries(filter: { villageCode: $villageCode }, first: 100) {
      totalCount
      edges {
        node {
          ...FirstSecretaryRow
        }
      }
    }
  }
`);

/** 驻村全覆盖: every village of a covered kind, per town, with its team and first secretary. */
export const StationingCoverageQuery = graphql(`
  query StationingCoverage($townCode: ID) {
    stationingCoverage(townCode: $townCode) {
      categories
      covered
      withTeam
      withFirstSecretary
      towns {
        townCode
        townName
        covered
        withTeam
        withFirstSecretary
        villages {
          villageCode
          villageName
          categories
          hasTeam
          teamId
          members
          hasFirstSecretary
        }
      }
    }
  }
`);

/** The dashboard's headline counts, computed from rows. */
export const StationingHeadlineQuery = graphql(`
  query StationingHeadline {
    stationingSummary {
      firstSecretaries
      workTeams
      members
    }
    stationingCoverage {
      covered
      withTeam
      withFirstSecretary
    }
  }
`);

export const DispatchingUnitsQuery = graphql(`
  query DispatchingUnits {
    dispatchingUnits {
      id
      name
      kind
    }
  }
`);

/** Registered cadres by name, to pick one instead of registering the same person twice. */
export const CadreOptionsQuery = graphql(`
  query CadreOptions($filter: CadreFilter) {
    cadres(filter: $filter, first: 20) {
      totalCount
      edges {
        node {
          ...CadreFields
        }
      }
    }
  }
`);

export const CreateWorkTeamMutation = graphql(`
  mutation CreateWorkTeam($input: CreateWorkTeamInput!) {
    createWorkTeam(input: $input) {
      id
      name
    }
  }
`);

export const AddWorkTeamMemberMutation = graphql(`
  mutation AddWorkTeamMember($input: AddWorkTeamMemberInput!) {
    addWorkTeamMember(input: $input) {
      ...TeamMemberRow
    }
  }
`);

export const EndWorkTeamMemberMutation = graphql(`
  mutation EndWorkTeamMember($input: EndTermInput!) {
    endWorkTeamMember(input: $input) {
      ...TeamMemberRow
    }
  }
`);

/** 撤销工作队: members still in post leave that day (任期届满); the team and its history stay. */
export const DissolveWorkTeamMutation = graphql(`
  mutation DissolveWorkTeam($input: DissolveWorkTeamInput!) {
    dissolveWorkTeam(input: $input) {
      ...WorkTeamRow
    }
  }
`);

export const AppointFirstSecretaryMutation = graphql(`
  mutation AppointFirstSecretary($input: AppointFirstSecretaryInput!) {
    appointFirstSecretary(input: $input) {
      ...FirstSecretaryRow
    }
  }
`);

export const EndFirstSecretaryTermMutation = graphql(`
  mutation EndFirstSecretaryTerm($input: EndTermInput!) {
    endFirstSecretaryTerm(input: $input) {
      ...FirstSecretaryRow
    }
  }
`);
