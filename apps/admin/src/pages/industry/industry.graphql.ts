import { graphql } from '../../gql';

// 产业发展: modern agricultural parks, the households they carry (带动农户), the overview by industry
// and town, and East–West cooperation (东西部协作). Amounts are Money strings throughout.

/** A park as the list shows it. */
export const ParkRowFragment = graphql(`
  fragment ParkRow on IndustrialPark {
    id
    code
    name
    level
    industry
    operatorName
    operatorKind
    investment
    jobs
    establishedYear
    linkedHouseholds
    town {
      code
      name
    }
    villages {
      code
      name
    }
  }
`);

/** One year of a park: output, dividends, poverty-lifted workers. */
export const ParkYearRowFragment = graphql(`
  fragment ParkYearRow on ParkYear {
    year
    outputValue
    dividends
    liftedJobs
    version
  }
`);

/** A group of the overview (an industry, a town, or the total). */
export const IndustryGroupRowFragment = graphql(`
  fragment IndustryGroupRow on IndustryGroup {
    key
    label
    parks
    linkedHouseholds
    linkedHouseholdsShown {
      display
    }
    incomeGained
    suppressed
    investment
    jobs
  }
`);

export const ParkListQuery = graphql(`
  query ParkList($filter: IndustrialParkFilter, $sort: IndustrialParkSort, $first: Int, $after: String) {
    industrialParks(filter: $filter, sort: $sort, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...ParkRow
        }
      }
    }
  }
`);

/** Only the cursors: used to reach page N without loading pages 1…N-1. */
export const ParkCursorsQuery = graphql(`
  query ParkCursors($filter: IndustrialParkFilter, $sort: IndustrialParkSort, $first: Int, $after: String) {
    industrialParks(filter: $filter, sort: $sort, first: $first, after: $after) {
      edges {
        cursor
      }
    }
  }
`);

export const ParkDetailQuery = graphql(`
  query ParkDetail($id: ID!) {
    industrialPark(id: $id) {
      ...ParkRow
      areaMu
      incomeGained
      version
      createdAt
      updatedAt
      years {
        ...ParkYearRow
      }
      investments {
        id
        year
        amount
        description
        enterprise {
          id
          name
        }
      }
    }
  }
`);

/** The fields a person edits (the form's initial values). */
export const ParkEditQuery = graphql(`
  query ParkEdit($id: ID!) {
    industrialPark(id: $id) {
      id
      code
      name
      version
      level
      industry
      operatorName
      operatorKind
      areaMu
      investment
      jobs
      establishedYear
      town {
        code
      }
      villages {
        code
      }
    }
  }
`);

export const CreateIndustrialParkMutation = graphql(`
  mutation CreateIndustrialPark($input: CreateIndustrialParkInput!) {
    createIndustrialPark(input: $input) {
      id
      code
      name
    }
  }
`);

export const UpdateIndustrialParkMutation = graphql(`
  mutation UpdateIndustrialPark($id: ID!, $input: UpdateIndustrialParkInput!) {
    updateIndustrialPark(id: $id, input: $input) {
      ...ParkRow
      areaMu
      version
      updatedAt
    }
  }
`);

export const RecordParkYearMutation = graphql(`
  mutation RecordParkYear($input: ParkYearInput!) {
    recordParkYear(input: $input) {
      ...ParkYearRow
    }
  }
`);

/** A benefit link of a park; the household only for viewers who may read the register. */
export const BenefitLinkRowFragment = graphql(`
  fragment BenefitLinkRow on BenefitLink {
    id
    mode
    year
    incomeGained
    note
  }
`);

export const ParkBenefitLinksQuery = graphql(`
  query ParkBenefitLinks($filter: BenefitLinkFilter, $withHousehold: Boolean!, $first: Int, $after: String) {
    benefitLinks(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...BenefitLinkRow
          household @include(if: $withHousehold) {
            id
            code
            headName
            village {
              code
              name
            }
          }
        }
      }
    }
  }
`);

/** Only the cursors of a park's links. */
export const ParkBenefitLinkCursorsQuery = graphql(`
  query ParkBenefitLinkCursors($filter: BenefitLinkFilter, $withHousehold: Boolean!, $first: Int, $after: String) {
    benefitLinks(filter: $filter, first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          household @include(if: $withHousehold) {
            id
          }
        }
      }
    }
  }
`);

/** Households of the park's town, found by head or member name or by household code. */
export const LinkHouseholdOptionsQuery = graphql(`
  query LinkHouseholdOptions($townCode: ID!, $search: String) {
    households(filter: { townCode: $townCode, search: $search }, first: 20) {
      edges {
        node {
          id
          code
          headName
          village {
            code
            name
          }
        }
      }
    }
  }
`);

export const AddBenefitLinkMutation = graphql(`
  mutation AddBenefitLink($input: BenefitLinkInput!) {
    addBenefitLink(input: $input) {
      ...BenefitLinkRow
    }
  }
`);

export const IndustryOverviewQuery = graphql(`
  query IndustryOverview($year: Int) {
    industrySummary(year: $year) {
      year
      total {
        ...IndustryGroupRow
      }
      byIndustry {
        ...IndustryGroupRow
      }
      byTown {
        ...IndustryGroupRow
      }
    }
  }
`);

/** One investment of an enterprise, with where it went. */
export const EnterpriseInvestmentRowFragment = graphql(`
  fragment EnterpriseInvestmentRow on EnterpriseInvestment {
    id
    year
    amount
    description
    park {
      id
      code
      name
    }
  }
`);

export const EastWestQuery = graphql(`
  query EastWest($withProjects: Boolean!) {
    eastWestSummary {
      enterprises
      investment
      jobs
      liftedJobs
    }
    partnerEnterprises {
      id
      name
      origin
      sector
      settledYear
      jobs
      liftedJobs
      version
      totalInvestment
      investments {
        ...EnterpriseInvestmentRow
        project @include(if: $withProjects) {
          ...ProjectRef
        }
      }
    }
  }
`);

export const CreatePartnerEnterpriseMutation = graphql(`
  mutation CreatePartnerEnterprise($input: PartnerEnterpriseInput!) {
    createPartnerEnterprise(input: $input) {
      id
      name
    }
  }
`);

export const UpdatePartnerEnterpriseMutation = graphql(`
  mutation UpdatePartnerEnterprise($id: ID!, $input: PartnerEnterpriseInput!) {
    updatePartnerEnterprise(id: $id, input: $input) {
      id
      name
      origin
      sector
      settledYear
      jobs
      liftedJobs
      version
    }
  }
`);

export const RecordEnterpriseInvestmentMutation = graphql(`
  mutation RecordEnterpriseInvestment($input: EnterpriseInvestmentInput!) {
    recordEnterpriseInvestment(input: $input) {
      id
      amount
    }
  }
`);

/** Parks to invest in, by name or code. */
export const InvestmentParkOptionsQuery = graphql(`
  query InvestmentParkOptions($search: String) {
    industrialParks(filter: { search: $search }, first: 20) {
      edges {
        node {
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
`);

/** Projects to invest in, by name or code. */
export const InvestmentProjectOptionsQuery = graphql(`
  query InvestmentProjectOptions($search: String) {
    projects(filter: { search: $search }, first: 20) {
      edges {
        node {
          ...ProjectRef
        }
      }
    }
  }
`);
