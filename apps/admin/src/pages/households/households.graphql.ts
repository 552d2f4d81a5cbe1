import { graphql } from '../../gql';

// 监测户台账 and 农户详情. ID numbers and phones arrive masked; the clear value is asked for one at a
// time (revealIdNumber / revealHouseholdPhone, audited) and never written to the cache.

/** A household as the register lists it. */
export const HouseholdRowFragment = graphql(`
  fragment HouseholdRow on Household {
    id
    code
    headName
    groupName
    category
    relocated
    memberCount
    town {
      code
      name
    }
    village {
      code
      name
    }
    openCase {
      id
      code
      status
    }
  }
`);

/** A family member; `health` is null for viewers without health:read. */
export const MemberRowFragment = graphql(`
  fragment MemberRow on Person {
    id
    name
    idNumber
    gender
    birthYear
    relation
    health
    education
    labourSkill
    workStatus
    workPlace
    medicalInsured
    pensionInsured
    familyDoctor
    version
  }
`);

/** One year's income and guarantees ("两不愁三保障" and safe water). */
export const HouseholdYearRowFragment = graphql(`
  fragment HouseholdYearRow on HouseholdYear {
    year
    wageIncome
    operatingIncome
    propertyIncome
    transferIncome
    compliantExpenses
    totalIncome
    memberCount
    netIncomePerPerson
    monitoringLine
    belowLine
    foodClothingSecure
    educationSecure
    medicalSecure
    housingSecure
    waterSecure
    version
  }
`);

export const HouseholdListQuery = graphql(`
  query HouseholdList($filter: HouseholdFilter, $sort: HouseholdSort, $first: Int, $after: String) {
    households(filter: $filter, sort: $sort, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...HouseholdRow
        }
      }
    }
  }
`);

/** Only the cursors: used to reach page N without loading pages 1…N-1. */
export const HouseholdCursorsQuery = graphql(`
  query HouseholdCursors($filter: HouseholdFilter, $sort: HouseholdSort, $first: Int, $after: String) {
    households(filter: $filter, sort: $sort, first: $first, after: $after) {
      edges {
        cursor
      }
    }
  }
`);

export const HouseholdDetailQuery = graphql(`
  query HouseholdDetail($id: ID!) {
    household(id: $id) {
      ...HouseholdRow
      address
      phone
      version
      updatedAt
      members {
        ...MemberRow
      }
      years {
        ...HouseholdYearRow
      }
      cases {
        id
        code
        type
        status
        greenChannel
        openedOn
        identifiedOn
        closedOn
        nextStepDueOn
        overdue
        nextStep {
          code
          name
        }
      }
    }
  }
`);

export const CreateHouseholdMutation = graphql(`
  mutation CreateHousehold($input: CreateHouseholdInput!) {
    createHousehold(input: $input) {
      id
      code
      headName
    }
  }
`);

export const AddPersonMutation = graphql(`
  mutation AddPerson($householdId: ID!, $input: PersonInput!) {
    addPerson(householdId: $householdId, input: $input) {
      ...MemberRow
    }
  }
`);

export const RecordHouseholdYearMutation = graphql(`
  mutation RecordHouseholdYear($input: HouseholdYearInput!) {
    recordHouseholdYear(input: $input) {
      ...HouseholdYearRow
    }
  }
`);

/** The full ID number, for a stated purpose; the API records who asked and why. */
export const RevealIdNumberMutation = graphql(`
  mutation RevealIdNumber($personId: ID!, $purpose: String!) {
    revealIdNumber(personId: $personId, purpose: $purpose)
  }
`);

/** The full phone number, for a stated purpose; the API records who asked and why. */
export const RevealHouseholdPhoneMutation = graphql(`
  mutation RevealHouseholdPhone($householdId: ID!, $purpose: String!) {
    revealHouseholdPhone(householdId: $householdId, purpose: $purpose)
  }
`);
