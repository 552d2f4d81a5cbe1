/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment ViewerFields on Viewer {\n    name\n    role\n    permissions\n    mustChangePassword\n    sessionExpiresAt\n    idleTimeoutSeconds\n    user {\n      id\n      username\n      displayName\n    }\n    town {\n      code\n      name\n    }\n  }\n": typeof types.ViewerFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...ViewerFields\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      ...ViewerFields\n    }\n  }\n": typeof types.ChangePasswordDocument,
    "\n  fragment ExportJobFields on ExportJob {\n    id\n    dataset\n    title\n    status\n    totalRows\n    doneRows\n    progress\n    fileName\n    byteSize\n    error\n    downloadUrl\n    createdAt\n    finishedAt\n    expiresAt\n  }\n": typeof types.ExportJobFieldsFragmentDoc,
    "\n  mutation StartExport($input: StartExportInput!) {\n    startExport(input: $input) {\n      ...ExportJobFields\n    }\n  }\n": typeof types.StartExportDocument,
    "\n  query ExportJob($id: ID!) {\n    exportJob(id: $id) {\n      ...ExportJobFields\n    }\n  }\n": typeof types.ExportJobDocument,
    "\n  query MyExports($limit: Int!) {\n    myExports(limit: $limit) {\n      ...ExportJobFields\n    }\n  }\n": typeof types.MyExportsDocument,
    "\n  fragment ProjectRef on Project {\n    id\n    code\n    name\n  }\n": typeof types.ProjectRefFragmentDoc,
    "\n  fragment FundSourceRef on FundSource {\n    id\n    name\n    category\n  }\n": typeof types.FundSourceRefFragmentDoc,
    "\n  fragment FundSourceOption on FundSource {\n    ...FundSourceRef\n    year\n  }\n": typeof types.FundSourceOptionFragmentDoc,
    "\n  fragment AllocationAmounts on FundAllocation {\n    id\n    amount\n    disbursedAmount\n    remainingAmount\n  }\n": typeof types.AllocationAmountsFragmentDoc,
    "\n  fragment AllocationRow on FundAllocation {\n    ...AllocationAmounts\n    executionRate\n    disbursementCount\n    allocatedOn\n    documentNo\n    fundSource {\n      ...FundSourceRef\n    }\n  }\n": typeof types.AllocationRowFragmentDoc,
    "\n  fragment DisbursementRow on Disbursement {\n    id\n    paidOn\n    amount\n    voucherNo\n    payee\n    note\n    reverses {\n      id\n      voucherNo\n    }\n  }\n": typeof types.DisbursementRowFragmentDoc,
    "\n  fragment AuditEntryRow on AuditEntry {\n    id\n    at\n    actorKind\n    actorName\n    action\n    actionLabel\n    entityType\n    entityTypeLabel\n    entityId\n    before\n    after\n    details\n    requestId\n    ip\n  }\n": typeof types.AuditEntryRowFragmentDoc,
    "\n  query Towns {\n    towns {\n      code\n      name\n      villages {\n        code\n        name\n      }\n    }\n  }\n": typeof types.TownsDocument,
    "\n  query AuditLog($filter: AuditFilter, $first: Int, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...AuditEntryRow\n        }\n      }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  query AuditCatalog {\n    auditActions {\n      code\n      label\n    }\n    auditEntityTypes {\n      code\n      label\n    }\n  }\n": typeof types.AuditCatalogDocument,
    "\n  query AuditLogCursors($filter: AuditFilter, $first: Int, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n      }\n    }\n  }\n": typeof types.AuditLogCursorsDocument,
    "\n  fragment FundingSummaryFields on FundingSummary {\n    totals {\n      allocated\n      disbursed\n      executionRate\n      projectCount\n      startedProjectCount\n    }\n    rows {\n      key\n      label\n      allocated\n      disbursed\n      executionRate\n      projectCount\n    }\n  }\n": typeof types.FundingSummaryFieldsFragmentDoc,
    "\n  query DashboardSummary($year: Int!) {\n    systemInfo {\n      demoData\n      demoDataDescription\n    }\n    integrated: fundingSummary(year: $year, groupBy: TOWN) {\n      ...FundingSummaryFields\n    }\n    bridging: fundingSummary(year: $year, groupBy: TOWN, fundCategory: BRIDGING) {\n      ...FundingSummaryFields\n    }\n  }\n": typeof types.DashboardSummaryDocument,
    "\n  fragment MonitoringCountFields on MonitoringCount {\n    key\n    label\n    cases {\n      value\n      display\n      suppressed\n    }\n  }\n": typeof types.MonitoringCountFieldsFragmentDoc,
    "\n  query MonitoringSummary($year: Int) {\n    monitoringSummary(year: $year) {\n      year\n      total {\n        value\n        display\n      }\n      open {\n        value\n        display\n      }\n      overdue {\n        value\n        display\n      }\n      byStep {\n        ...MonitoringCountFields\n      }\n      byType {\n        ...MonitoringCountFields\n      }\n    }\n  }\n": typeof types.MonitoringSummaryDocument,
    "\n  query IndustryHeadline($year: Int) {\n    industrySummary(year: $year) {\n      year\n      total {\n        key\n        parks\n        linkedHouseholdsShown {\n          display\n        }\n        incomeGained\n      }\n    }\n    eastWestSummary {\n      enterprises\n      investment\n    }\n  }\n": typeof types.IndustryHeadlineDocument,
    "\n  query FundSources($filter: FundSourceFilter, $first: Int, $after: String) {\n    fundSources(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          code\n          name\n          year\n          category\n          level\n          documentNo\n          allocatedAmount\n          disbursedAmount\n          executionRate\n          projectCount\n        }\n      }\n    }\n  }\n": typeof types.FundSourcesDocument,
    "\n  query DisbursementList($filter: DisbursementFilter, $first: Int, $after: String) {\n    disbursements(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...DisbursementRow\n          reversedAmount\n          reversibleAmount\n          createdAt\n          allocation {\n            id\n            fundSource {\n              ...FundSourceRef\n            }\n            project {\n              ...ProjectRef\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.DisbursementListDocument,
    "\n  query DisbursementCursors($filter: DisbursementFilter, $first: Int, $after: String) {\n    disbursements(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n      }\n    }\n  }\n": typeof types.DisbursementCursorsDocument,
    "\n  query AllocationPicker($search: String) {\n    projects(filter: { search: $search }, first: 20) {\n      edges {\n        node {\n          ...ProjectRef\n          allocations {\n            ...AllocationAmounts\n            fundSource {\n              ...FundSourceRef\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.AllocationPickerDocument,
    "\n  fragment DisbursementWritten on Disbursement {\n    id\n    amount\n    voucherNo\n    allocation {\n      ...AllocationAmounts\n    }\n  }\n": typeof types.DisbursementWrittenFragmentDoc,
    "\n  mutation RecordDisbursement($input: RecordDisbursementInput!) {\n    recordDisbursement(input: $input) {\n      ...DisbursementWritten\n    }\n  }\n": typeof types.RecordDisbursementDocument,
    "\n  mutation ReverseDisbursement($input: ReverseDisbursementInput!) {\n    reverseDisbursement(input: $input) {\n      ...DisbursementWritten\n      reverses {\n        id\n        reversedAmount\n        reversibleAmount\n      }\n    }\n  }\n": typeof types.ReverseDisbursementDocument,
    "\n  query FundAllocationList($filter: FundAllocationFilter, $first: Int, $after: String) {\n    fundAllocations(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...AllocationRow\n          project {\n            ...ProjectRef\n            town {\n              code\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.FundAllocationListDocument,
    "\n  query FundAllocationCursors($filter: FundAllocationFilter, $first: Int, $after: String) {\n    fundAllocations(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n      }\n    }\n  }\n": typeof types.FundAllocationCursorsDocument,
    "\n  query FundSourceOptions($year: Int) {\n    fundSources(filter: { year: $year }, first: 100) {\n      edges {\n        node {\n          ...FundSourceOption\n        }\n      }\n    }\n  }\n": typeof types.FundSourceOptionsDocument,
    "\n  fragment HouseholdRow on Household {\n    id\n    code\n    headName\n    groupName\n    category\n    relocated\n    memberCount\n    town {\n      code\n      name\n    }\n    village {\n      code\n      name\n    }\n    openCase {\n      id\n      code\n      status\n    }\n  }\n": typeof types.HouseholdRowFragmentDoc,
    "\n  fragment MemberRow on Person {\n    id\n    name\n    idNumber\n    gender\n    birthYear\n    relation\n    health\n    education\n    labourSkill\n    workStatus\n    workPlace\n    medicalInsured\n    pensionInsured\n    familyDoctor\n    version\n  }\n": typeof types.MemberRowFragmentDoc,
    "\n  fragment HouseholdYearRow on HouseholdYear {\n    year\n    wageIncome\n    operatingIncome\n    propertyIncome\n    transferIncome\n    compliantExpenses\n    totalIncome\n    memberCount\n    netIncomePerPerson\n    monitoringLine\n    belowLine\n    foodClothingSecure\n    educationSecure\n    medicalSecure\n    housingSecure\n    waterSecure\n    version\n  }\n": typeof types.HouseholdYearRowFragmentDoc,
    "\n  query HouseholdList($filter: HouseholdFilter, $sort: HouseholdSort, $first: Int, $after: String) {\n    households(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...HouseholdRow\n        }\n      }\n    }\n  }\n": typeof types.HouseholdListDocument,
    "\n  query HouseholdCursors($filter: HouseholdFilter, $sort: HouseholdSort, $first: Int, $after: String) {\n    households(filter: $filter, sort: $sort, first: $first, after: $after) {\n      edges {\n        cursor\n      }\n    }\n  }\n": typeof types.HouseholdCursorsDocument,
    "\n  query HouseholdDetail($id: ID!) {\n    household(id: $id) {\n      ...HouseholdRow\n      address\n      phone\n      version\n      updatedAt\n      members {\n        ...MemberRow\n      }\n      years {\n        ...HouseholdYearRow\n      }\n      cases {\n        id\n        code\n        type\n        status\n        greenChannel\n        openedOn\n        identifiedOn\n        closedOn\n        nextStepDueOn\n        overdue\n        nextStep {\n          code\n          name\n        }\n      }\n    }\n  }\n": typeof types.HouseholdDetailDocument,
    "\n  mutation CreateHousehold($input: CreateHouseholdInput!) {\n    createHousehold(input: $input) {\n      id\n      code\n      headName\n    }\n  }\n": typeof types.CreateHouseholdDocument,
    "\n  mutation AddPerson($householdId: ID!, $input: PersonInput!) {\n    addPerson(householdId: $householdId, input: $input) {\n      ...MemberRow\n    }\n  }\n": typeof types.AddPersonDocument,
    "\n  mutation RecordHouseholdYear($input: HouseholdYearInput!) {\n    recordHouseholdYear(input: $input) {\n      ...HouseholdYearRow\n    }\n  }\n": typeof types.RecordHouseholdYearDocument,
    "\n  mutation RevealIdNumber($personId: ID!, $purpose: String!) {\n    revealIdNumber(personId: $personId, purpose: $purpose)\n  }\n": typeof types.RevealIdNumberDocument,
    "\n  mutation RevealHouseholdPhone($householdId: ID!, $purpose: String!) {\n    revealHouseholdPhone(householdId: $householdId, purpose: $purpose)\n  }\n": typeof types.RevealHouseholdPhoneDocument,
    "\n  fragment ParkRow on IndustrialPark {\n    id\n    code\n    name\n    level\n    industry\n    operatorName\n    operatorKind\n    investment\n    jobs\n    establishedYear\n    linkedHouseholds\n    town {\n      code\n      name\n    }\n    villages {\n      code\n      name\n    }\n  }\n": typeof types.ParkRowFragmentDoc,
    "\n  fragment ParkYearRow on ParkYear {\n    year\n    outputValue\n    dividends\n    liftedJobs\n    version\n  }\n": typeof types.ParkYearRowFragmentDoc,
    "\n  fragment IndustryGroupRow on IndustryGroup {\n    key\n    label\n    parks\n    linkedHouseholds\n    linkedHouseholdsShown {\n      display\n    }\n    incomeGained\n    suppressed\n    investment\n    jobs\n  }\n": typeof types.IndustryGroupRowFragmentDoc,
    "\n  query ParkList($filter: IndustrialParkFilter, $sort: IndustrialParkSort, $first: Int, $after: String) {\n    industrialParks(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ParkRow\n        }\n      }\n    }\n  }\n": typeof types.ParkListDocument,
    "\n  query ParkCursors($filter: IndustrialParkFilter, $sort: IndustrialParkSort, $first: Int, $after: String) {\n    industrialParks(filter: $filter, sort: $sort, first: $first, after: $after) {\n      edges {\n        cursor\n      }\n    }\n  }\n": typeof types.ParkCursorsDocument,
    "\n  query ParkDetail($id: ID!) {\n    industrialPark(id: $id) {\n      ...ParkRow\n      areaMu\n      incomeGained\n      version\n      createdAt\n      updatedAt\n      years {\n        ...ParkYearRow\n      }\n      investments {\n        id\n        year\n        amount\n        description\n        enterprise {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ParkDetailDocument,
    "\n  query ParkEdit($id: ID!) {\n    industrialPark(id: $id) {\n      id\n      code\n      name\n      version\n      level\n      industry\n      operatorName\n      operatorKind\n      areaMu\n      investment\n      jobs\n      establishedYear\n      town {\n        code\n      }\n      villages {\n        code\n      }\n    }\n  }\n": typeof types.ParkEditDocument,
    "\n  mutation CreateIndustrialPark($input: CreateIndustrialParkInput!) {\n    createIndustrialPark(input: $input) {\n      id\n      code\n      name\n    }\n  }\n": typeof types.CreateIndustrialParkDocument,
    "\n  mutation UpdateIndustrialPark($id: ID!, $input: UpdateIndustrialParkInput!) {\n    updateIndustrialPark(id: $id, input: $input) {\n      ...ParkRow\n      areaMu\n      version\n      updatedAt\n    }\n  }\n": typeof types.UpdateIndustrialParkDocument,
    "\n  mutation RecordParkYear($input: ParkYearInput!) {\n    recordParkYear(input: $input) {\n      ...ParkYearRow\n    }\n  }\n": typeof types.RecordParkYearDocument,
    "\n  fragment BenefitLinkRow on BenefitLink {\n    id\n    mode\n    year\n    incomeGained\n    note\n  }\n": typeof types.BenefitLinkRowFragmentDoc,
    "\n  query ParkBenefitLinks($filter: BenefitLinkFilter, $withHousehold: Boolean!, $first: Int, $after: String) {\n    benefitLinks(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...BenefitLinkRow\n          household @include(if: $withHousehold) {\n            id\n            code\n            headName\n            village {\n              code\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ParkBenefitLinksDocument,
    "\n  query ParkBenefitLinkCursors($filter: BenefitLinkFilter, $withHousehold: Boolean!, $first: Int, $after: String) {\n    benefitLinks(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          household @include(if: $withHousehold) {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.ParkBenefitLinkCursorsDocument,
    "\n  query LinkHouseholdOptions($townCode: ID!, $search: String) {\n    households(filter: { townCode: $townCode, search: $search }, first: 20) {\n      edges {\n        node {\n          id\n          code\n          headName\n          village {\n            code\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.LinkHouseholdOptionsDocument,
    "\n  mutation AddBenefitLink($input: BenefitLinkInput!) {\n    addBenefitLink(input: $input) {\n      ...BenefitLinkRow\n    }\n  }\n": typeof types.AddBenefitLinkDocument,
    "\n  query IndustryOverview($year: Int) {\n    industrySummary(year: $year) {\n      year\n      total {\n        ...IndustryGroupRow\n      }\n      byIndustry {\n        ...IndustryGroupRow\n      }\n      byTown {\n        ...IndustryGroupRow\n      }\n    }\n  }\n": typeof types.IndustryOverviewDocument,
    "\n  fragment EnterpriseInvestmentRow on EnterpriseInvestment {\n    id\n    year\n    amount\n    description\n    park {\n      id\n      code\n      name\n    }\n  }\n": typeof types.EnterpriseInvestmentRowFragmentDoc,
    "\n  query EastWest($withProjects: Boolean!) {\n    eastWestSummary {\n      enterprises\n      investment\n      jobs\n      liftedJobs\n    }\n    partnerEnterprises {\n      id\n      name\n      origin\n      sector\n      settledYear\n      jobs\n      liftedJobs\n      version\n      totalInvestment\n      investments {\n        ...EnterpriseInvestmentRow\n        project @include(if: $withProjects) {\n          ...ProjectRef\n        }\n      }\n    }\n  }\n": typeof types.EastWestDocument,
    "\n  mutation CreatePartnerEnterprise($input: PartnerEnterpriseInput!) {\n    createPartnerEnterprise(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CreatePartnerEnterpriseDocument,
    "\n  mutation UpdatePartnerEnterprise($id: ID!, $input: PartnerEnterpriseInput!) {\n    updatePartnerEnterprise(id: $id, input: $input) {\n      id\n      name\n      origin\n      sector\n      settledYear\n      jobs\n      liftedJobs\n      version\n    }\n  }\n": typeof types.UpdatePartnerEnterpriseDocument,
    "\n  mutation RecordEnterpriseInvestment($input: EnterpriseInvestmentInput!) {\n    recordEnterpriseInvestment(input: $input) {\n      id\n      amount\n    }\n  }\n": typeof types.RecordEnterpriseInvestmentDocument,
    "\n  query InvestmentParkOptions($search: String) {\n    industrialParks(filter: { search: $search }, first: 20) {\n      edges {\n        node {\n          id\n          code\n          name\n          town {\n            code\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.InvestmentParkOptionsDocument,
    "\n  query InvestmentProjectOptions($search: String) {\n    projects(filter: { search: $search }, first: 20) {\n      edges {\n        node {\n          ...ProjectRef\n        }\n      }\n    }\n  }\n": typeof types.InvestmentProjectOptionsDocument,
    "\n  fragment MonitoringStepFields on MonitoringStep {\n    position\n    code\n    name\n    actor\n    timeLimitDays\n    minimumDays\n    canReject\n    recordsNotice\n    requiredAttachments\n  }\n": typeof types.MonitoringStepFieldsFragmentDoc,
    "\n  fragment CaseRow on MonitoringCase {\n    id\n    code\n    type\n    channel\n    status\n    greenChannel\n    riskKinds\n    openedOn\n    nextStepDueOn\n    overdue\n    household {\n      id\n      code\n      headName\n    }\n    town {\n      code\n      name\n    }\n    village {\n      code\n      name\n    }\n    nextStep {\n      code\n      name\n    }\n  }\n": typeof types.CaseRowFragmentDoc,
    "\n  query MonitoringCaseList($filter: MonitoringCaseFilter, $sort: MonitoringCaseSort, $first: Int, $after: String) {\n    monitoringCases(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...CaseRow\n        }\n      }\n    }\n  }\n": typeof types.MonitoringCaseListDocument,
    "\n  query MonitoringCaseCursors($filter: MonitoringCaseFilter, $sort: MonitoringCaseSort, $first: Int, $after: String) {\n    monitoringCases(filter: $filter, sort: $sort, first: $first, after: $after) {\n      edges {\n        cursor\n      }\n    }\n  }\n": typeof types.MonitoringCaseCursorsDocument,
    "\n  query MonitoringCaseDetail($id: ID!) {\n    monitoringCase(id: $id) {\n      ...CaseRow\n      reason\n      completedSteps\n      identifiedOn\n      closedOn\n      version\n      updatedAt\n      procedure {\n        id\n        code\n        name\n        totalWorkingDays\n        steps {\n          ...MonitoringStepFields\n        }\n      }\n      nextStep {\n        ...MonitoringStepFields\n      }\n      steps {\n        id\n        position\n        stepCode\n        outcome\n        actedOn\n        dueOn\n        late\n        actorName\n        note\n        noticeStart\n        noticeEnd\n      }\n      attachments {\n        id\n        kind\n        fileName\n        size\n        stepId\n        url\n      }\n      assistance {\n        id\n        kind\n        description\n        responsiblePerson\n        responsibleUnit\n        startOn\n        endOn\n        amount\n        beforeIdentification\n      }\n      elimination {\n        method\n        eliminatedOn\n        incomeYear\n        netIncomePerPerson\n        monitoringLine\n        note\n        recordedBy\n      }\n      followUps {\n        id\n        visitedOn\n        visitor\n        stable\n        finding\n      }\n    }\n  }\n": typeof types.MonitoringCaseDetailDocument,
    "\n  query MonitoringProcedures {\n    monitoringProcedures {\n      id\n      name\n      effectiveFrom\n      steps {\n        position\n        code\n        name\n      }\n    }\n  }\n": typeof types.MonitoringProceduresDocument,
    "\n  query MonitoringBoard($townCode: ID, $perColumn: Int!) {\n    monitoringBoard(townCode: $townCode, perColumn: $perColumn) {\n      step {\n        ...MonitoringStepFields\n      }\n      count\n      overdueCount\n      cases {\n        id\n        code\n        type\n        greenChannel\n        nextStepDueOn\n        overdue\n        household {\n          id\n          headName\n        }\n        town {\n          code\n          name\n        }\n        village {\n          code\n          name\n        }\n      }\n    }\n  }\n": typeof types.MonitoringBoardDocument,
    "\n  fragment MonitoringWarningRow on MonitoringWarning {\n    id\n    rule\n    message\n    since\n    days\n    stepCode\n    dueOn\n    year\n    netIncomePerPerson\n    monitoringLine\n    town {\n      code\n      name\n    }\n    village {\n      code\n      name\n    }\n    household {\n      id\n      code\n      headName\n    }\n    monitoringCase {\n      id\n      code\n      status\n    }\n  }\n": typeof types.MonitoringWarningRowFragmentDoc,
    "\n  query MonitoringWarningList($filter: MonitoringWarningFilter, $first: Int, $after: String) {\n    monitoringWarnings(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...MonitoringWarningRow\n        }\n      }\n    }\n  }\n": typeof types.MonitoringWarningListDocument,
    "\n  query MonitoringWarningCursors($filter: MonitoringWarningFilter, $first: Int, $after: String) {\n    monitoringWarnings(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n      }\n    }\n  }\n": typeof types.MonitoringWarningCursorsDocument,
    "\n  query VillageNotice($villageCode: ID!) {\n    villageNotice(villageCode: $villageCode) {\n      title\n      townName\n      villageName\n      generatedOn\n      noticeStart\n      noticeEnd\n      minimumDays\n      entries {\n        headName\n        groupName\n        memberCount\n        type\n        reasons\n      }\n      footer\n    }\n  }\n": typeof types.VillageNoticeDocument,
    "\n  mutation OpenMonitoringCase($input: OpenMonitoringCaseInput!) {\n    openMonitoringCase(input: $input) {\n      id\n      code\n    }\n  }\n": typeof types.OpenMonitoringCaseDocument,
    "\n  mutation RecordMonitoringStep($input: RecordMonitoringStepInput!) {\n    recordMonitoringStep(input: $input) {\n      id\n      status\n      completedSteps\n      nextStepDueOn\n      version\n    }\n  }\n": typeof types.RecordMonitoringStepDocument,
    "\n  mutation AddAssistanceMeasure($input: AssistanceMeasureInput!) {\n    addAssistanceMeasure(input: $input) {\n      id\n    }\n  }\n": typeof types.AddAssistanceMeasureDocument,
    "\n  mutation EliminateRisk($input: EliminateRiskInput!) {\n    eliminateRisk(input: $input) {\n      id\n      status\n      closedOn\n      version\n    }\n  }\n": typeof types.EliminateRiskDocument,
    "\n  mutation RecordFollowUpVisit($input: FollowUpVisitInput!) {\n    recordFollowUpVisit(input: $input) {\n      id\n    }\n  }\n": typeof types.RecordFollowUpVisitDocument,
    "\n  query ProjectFundSourceOptions {\n    fundSources(first: 100) {\n      edges {\n        node {\n          ...FundSourceOption\n        }\n      }\n    }\n  }\n": typeof types.ProjectFundSourceOptionsDocument,
    "\n  fragment ProjectSummary on Project {\n    ...ProjectRef\n    year\n    category\n    industry\n    status\n    town {\n      code\n      name\n    }\n    village {\n      code\n      name\n    }\n    allocatedAmount\n    disbursedAmount\n    executionRate\n  }\n": typeof types.ProjectSummaryFragmentDoc,
    "\n  fragment ProjectFields on Project {\n    name\n    year\n    category\n    industry\n    constructionType\n    town {\n      code\n    }\n    village {\n      code\n    }\n    responsibleUnit\n    tasks\n    plannedStart\n    plannedEnd\n    approvalDocNo\n    beneficiaryHouseholds\n    beneficiaryPersons\n    liftedHouseholds\n    liftedPersons\n    benefitMechanism\n  }\n": typeof types.ProjectFieldsFragmentDoc,
    "\n  query ProjectList($filter: ProjectFilter, $sort: ProjectSort, $first: Int, $after: String) {\n    projects(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ProjectSummary\n        }\n      }\n    }\n  }\n": typeof types.ProjectListDocument,
    "\n  query ProjectCursors($filter: ProjectFilter, $sort: ProjectSort, $first: Int, $after: String) {\n    projects(filter: $filter, sort: $sort, first: $first, after: $after) {\n      edges {\n        cursor\n      }\n    }\n  }\n": typeof types.ProjectCursorsDocument,
    "\n  query ProjectDetail($id: ID!) {\n    project(id: $id) {\n      ...ProjectSummary\n      ...ProjectFields\n      nextStatus\n      version\n      createdAt\n      updatedAt\n      allocations {\n        ...AllocationRow\n        fundSource {\n          level\n        }\n        disbursements {\n          ...DisbursementRow\n        }\n      }\n      performanceTargets {\n        id\n        level\n        subLevel\n        indicator\n        operator\n        targetValue\n        unit\n        actualValue\n        score\n      }\n      statusHistory {\n        id\n        fromStatus\n        toStatus\n        effectiveOn\n        note\n        changedAt\n      }\n    }\n  }\n": typeof types.ProjectDetailDocument,
    "\n  query ProjectEdit($id: ID!) {\n    project(id: $id) {\n      id\n      code\n      version\n      ...ProjectFields\n    }\n  }\n": typeof types.ProjectEditDocument,
    "\n  mutation CreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      id\n      code\n      name\n    }\n  }\n": typeof types.CreateProjectDocument,
    "\n  mutation UpdateProject($id: ID!, $input: UpdateProjectInput!) {\n    updateProject(id: $id, input: $input) {\n      id\n      version\n      name\n    }\n  }\n": typeof types.UpdateProjectDocument,
    "\n  mutation AdvanceProjectStatus($input: AdvanceProjectStatusInput!) {\n    advanceProjectStatus(input: $input) {\n      id\n      status\n      nextStatus\n      version\n    }\n  }\n": typeof types.AdvanceProjectStatusDocument,
    "\n  fragment CadreFields on Cadre {\n    id\n    name\n    title\n    unit {\n      id\n      name\n    }\n  }\n": typeof types.CadreFieldsFragmentDoc,
    "\n  fragment WorkTeamRow on WorkTeam {\n    id\n    name\n    formedOn\n    dissolvedOn\n    memberCount\n    version\n    town {\n      code\n      name\n    }\n    village {\n      code\n      name\n    }\n    leadUnit {\n      id\n      name\n      kind\n    }\n  }\n": typeof types.WorkTeamRowFragmentDoc,
    "\n  fragment TeamMemberRow on WorkTeamMember {\n    id\n    role\n    startedOn\n    endedOn\n    endReason\n    version\n    cadre {\n      ...CadreFields\n    }\n  }\n": typeof types.TeamMemberRowFragmentDoc,
    "\n  fragment FirstSecretaryRow on FirstSecretary {\n    id\n    startedOn\n    endedOn\n    endReason\n    version\n    cadre {\n      ...CadreFields\n    }\n    town {\n      code\n      name\n    }\n    village {\n      code\n      name\n    }\n  }\n": typeof types.FirstSecretaryRowFragmentDoc,
    "\n  query WorkTeamList($filter: StationingFilter, $first: Int, $after: String) {\n    workTeams(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...WorkTeamRow\n        }\n      }\n    }\n  }\n": typeof types.WorkTeamListDocument,
    "\n  query WorkTeamCursors($filter: StationingFilter, $first: Int, $after: String) {\n    workTeams(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n      }\n    }\n  }\n": typeof types.WorkTeamCursorsDocument,
    "\n  query WorkTeamDetail($id: ID!) {\n    workTeam(id: $id) {\n      ...WorkTeamRow\n      members(current: false) {\n        ...TeamMemberRow\n      }\n    }\n  }\n": typeof types.WorkTeamDetailDocument,
    "\n  query FirstSecretaryList($filter: StationingFilter, $first: Int, $after: String) {\n    firstSecretaries(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...FirstSecretaryRow\n        }\n      }\n    }\n  }\n": typeof types.FirstSecretaryListDocument,
    "\n  query FirstSecretaryCursors($filter: StationingFilter, $first: Int, $after: String) {\n    firstSecretaries(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n      }\n    }\n  }\n": typeof types.FirstSecretaryCursorsDocument,
    "\n  query VillageSecretaries($villageCode: ID!) {\n    firstSecretaries(filter: { villageCode: $villageCode }, first: 100) {\n      totalCount\n      edges {\n        node {\n          ...FirstSecretaryRow\n        }\n      }\n    }\n  }\n": typeof types.VillageSecretariesDocument,
    "\n  query StationingCoverage($townCode: ID) {\n    stationingCoverage(townCode: $townCode) {\n      categories\n      covered\n      withTeam\n      withFirstSecretary\n      towns {\n        townCode\n        townName\n        covered\n        withTeam\n        withFirstSecretary\n        villages {\n          villageCode\n          villageName\n          categories\n          hasTeam\n          teamId\n          members\n          hasFirstSecretary\n        }\n      }\n    }\n  }\n": typeof types.StationingCoverageDocument,
    "\n  query StationingHeadline {\n    stationingSummary {\n      firstSecretaries\n      workTeams\n      members\n    }\n    stationingCoverage {\n      covered\n      withTeam\n      withFirstSecretary\n    }\n  }\n": typeof types.StationingHeadlineDocument,
    "\n  query DispatchingUnits {\n    dispatchingUnits {\n      id\n      name\n      kind\n    }\n  }\n": typeof types.DispatchingUnitsDocument,
    "\n  query CadreOptions($filter: CadreFilter) {\n    cadres(filter: $filter, first: 20) {\n      totalCount\n      edges {\n        node {\n          ...CadreFields\n        }\n      }\n    }\n  }\n": typeof types.CadreOptionsDocument,
    "\n  mutation CreateWorkTeam($input: CreateWorkTeamInput!) {\n    createWorkTeam(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CreateWorkTeamDocument,
    "\n  mutation AddWorkTeamMember($input: AddWorkTeamMemberInput!) {\n    addWorkTeamMember(input: $input) {\n      ...TeamMemberRow\n    }\n  }\n": typeof types.AddWorkTeamMemberDocument,
    "\n  mutation EndWorkTeamMember($input: EndTermInput!) {\n    endWorkTeamMember(input: $input) {\n      ...TeamMemberRow\n    }\n  }\n": typeof types.EndWorkTeamMemberDocument,
    "\n  mutation DissolveWorkTeam($input: DissolveWorkTeamInput!) {\n    dissolveWorkTeam(input: $input) {\n      ...WorkTeamRow\n    }\n  }\n": typeof types.DissolveWorkTeamDocument,
    "\n  mutation AppointFirstSecretary($input: AppointFirstSecretaryInput!) {\n    appointFirstSecretary(input: $input) {\n      ...FirstSecretaryRow\n    }\n  }\n": typeof types.AppointFirstSecretaryDocument,
    "\n  mutation EndFirstSecretaryTerm($input: EndTermInput!) {\n    endFirstSecretaryTerm(input: $input) {\n      ...FirstSecretaryRow\n    }\n  }\n": typeof types.EndFirstSecretaryTermDocument,
    "\n  fragment SupervisionTaskRow on SupervisionTask {\n    id\n    code\n    status\n    finding\n    foundOn\n    assignedUnit\n    deadline\n    overdue\n    rectification\n    rectifiedOn\n    recheckNote\n    recheckedOn\n    failedRechecks\n    closedOn\n    version\n    group {\n      id\n      name\n    }\n    town {\n      code\n      name\n    }\n    village {\n      code\n      name\n    }\n  }\n": typeof types.SupervisionTaskRowFragmentDoc,
    "\n  query SupervisionTaskList($filter: SupervisionTaskFilter, $first: Int, $after: String) {\n    supervisionTasks(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...SupervisionTaskRow\n        }\n      }\n    }\n  }\n": typeof types.SupervisionTaskListDocument,
    "\n  query SupervisionTaskCursors($filter: SupervisionTaskFilter, $first: Int, $after: String) {\n    supervisionTasks(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n      }\n    }\n  }\n": typeof types.SupervisionTaskCursorsDocument,
    "\n  query SupervisionTask($id: ID!) {\n    supervisionTask(id: $id) {\n      ...SupervisionTaskRow\n    }\n  }\n": typeof types.SupervisionTaskDocument,
    "\n  query SupervisionGroups {\n    supervisionGroups {\n      id\n      name\n      leaderName\n      towns {\n        code\n        name\n      }\n    }\n  }\n": typeof types.SupervisionGroupsDocument,
    "\n  query SupervisionSummary {\n    supervisionSummary {\n      groups\n      tasks\n      assigned\n      rectified\n      closed\n      overdue\n      byGroup {\n        group {\n          id\n          name\n        }\n        tasks\n        assigned\n        rectified\n        closed\n        overdue\n      }\n    }\n  }\n": typeof types.SupervisionSummaryDocument,
    "\n  mutation AssignSupervisionTask($input: AssignSupervisionTaskInput!) {\n    assignSupervisionTask(input: $input) {\n      ...SupervisionTaskRow\n    }\n  }\n": typeof types.AssignSupervisionTaskDocument,
    "\n  mutation RectifySupervisionTask($input: RectifySupervisionTaskInput!) {\n    rectifySupervisionTask(input: $input) {\n      ...SupervisionTaskRow\n    }\n  }\n": typeof types.RectifySupervisionTaskDocument,
    "\n  mutation RecheckSupervisionTask($input: RecheckSupervisionTaskInput!) {\n    recheckSupervisionTask(input: $input) {\n      ...SupervisionTaskRow\n    }\n  }\n": typeof types.RecheckSupervisionTaskDocument,
    "\n  fragment DemonstrationVillageRow on Village {\n    code\n    name\n    categories\n    town {\n      code\n      name\n    }\n  }\n": typeof types.DemonstrationVillageRowFragmentDoc,
    "\n  query DemonstrationVillages($filter: VillageFilter, $first: Int, $after: String) {\n    villages(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...DemonstrationVillageRow\n        }\n      }\n    }\n  }\n": typeof types.DemonstrationVillagesDocument,
    "\n  query DemonstrationVillageCursors($filter: VillageFilter, $first: Int, $after: String) {\n    villages(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n      }\n    }\n  }\n": typeof types.DemonstrationVillageCursorsDocument,
    "\n  fragment ApiTokenRow on ApiToken {\n    id\n    name\n    kind\n    datasets\n    towns {\n      code\n      name\n    }\n    aggregatesOnly\n    prefix\n    expiresAt\n    revokedAt\n    lastUsedAt\n    createdAt\n    createdBy {\n      id\n      displayName\n    }\n  }\n": typeof types.ApiTokenRowFragmentDoc,
    "\n  query ApiTokenList($includeRevoked: Boolean!, $first: Int, $after: String) {\n    apiTokens(includeRevoked: $includeRevoked, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ApiTokenRow\n        }\n      }\n    }\n  }\n": typeof types.ApiTokenListDocument,
    "\n  query ApiTokenCursors($includeRevoked: Boolean!, $first: Int, $after: String) {\n    apiTokens(includeRevoked: $includeRevoked, first: $first, after: $after) {\n      edges {\n        cursor\n      }\n    }\n  }\n": typeof types.ApiTokenCursorsDocument,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      secret\n      token {\n        ...ApiTokenRow\n      }\n    }\n  }\n": typeof types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      ...ApiTokenRow\n    }\n  }\n": typeof types.RevokeApiTokenDocument,
    "\n  fragment UserRow on User {\n    id\n    username\n    displayName\n    role\n    town {\n      code\n      name\n    }\n    phone\n    disabled\n    mustChangePassword\n    lockedUntil\n    lastSignInAt\n    createdAt\n    version\n  }\n": typeof types.UserRowFragmentDoc,
    "\n  query UserList($filter: UserFilter, $first: Int, $after: String) {\n    users(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...UserRow\n        }\n      }\n    }\n  }\n": typeof types.UserListDocument,
    "\n  query UserCursors($filter: UserFilter, $first: Int, $after: String) {\n    users(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n      }\n    }\n  }\n": typeof types.UserCursorsDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserRow\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      ...UserRow\n    }\n  }\n": typeof types.UpdateUserDocument,
    "\n  mutation ResetUserPassword($id: ID!, $input: ResetPasswordInput!) {\n    resetUserPassword(id: $id, input: $input) {\n      ...UserRow\n    }\n  }\n": typeof types.ResetUserPasswordDocument,
    "\n  mutation UnlockUser($id: ID!) {\n    unlockUser(id: $id) {\n      ...UserRow\n    }\n  }\n": typeof types.UnlockUserDocument,
    "\n  mutation RevealUserPhone($id: ID!, $purpose: String!) {\n    revealUserPhone(id: $id, purpose: $purpose)\n  }\n": typeof types.RevealUserPhoneDocument,
};
const documents: Documents = {
    "\n  fragment ViewerFields on Viewer {\n    name\n    role\n    permissions\n    mustChangePassword\n    sessionExpiresAt\n    idleTimeoutSeconds\n    user {\n      id\n      username\n      displayName\n    }\n    town {\n      code\n      name\n    }\n  }\n": types.ViewerFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n": types.MeDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...ViewerFields\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      ...ViewerFields\n    }\n  }\n": types.ChangePasswordDocument,
    "\n  fragment ExportJobFields on ExportJob {\n    id\n    dataset\n    title\n    status\n    totalRows\n    doneRows\n    progress\n    fileName\n    byteSize\n    error\n    downloadUrl\n    createdAt\n    finishedAt\n    expiresAt\n  }\n": types.ExportJobFieldsFragmentDoc,
    "\n  mutation StartExport($input: StartExportInput!) {\n    startExport(input: $input) {\n      ...ExportJobFields\n    }\n  }\n": types.StartExportDocument,
    "\n  query ExportJob($id: ID!) {\n    exportJob(id: $id) {\n      ...ExportJobFields\n    }\n  }\n": types.ExportJobDocument,
    "\n  query MyExports($limit: Int!) {\n    myExports(limit: $limit) {\n      ...ExportJobFields\n    }\n  }\n": types.MyExportsDocument,
    "\n  fragment ProjectRef on Project {\n    id\n    code\n    name\n  }\n": types.ProjectRefFragmentDoc,
    "\n  fragment FundSourceRef on FundSource {\n    id\n    name\n    category\n  }\n": types.FundSourceRefFragmentDoc,
    "\n  fragment FundSourceOption on FundSource {\n    ...FundSourceRef\n    year\n  }\n": types.FundSourceOptionFragmentDoc,
    "\n  fragment AllocationAmounts on FundAllocation {\n    id\n    amount\n    disbursedAmount\n    remainingAmount\n  }\n": types.AllocationAmountsFragmentDoc,
    "\n  fragment AllocationRow on FundAllocation {\n    ...AllocationAmounts\n    executionRate\n    disbursementCount\n    allocatedOn\n    documentNo\n    fundSource {\n      ...FundSourceRef\n    }\n  }\n": types.AllocationRowFragmentDoc,
    "\n  fragment DisbursementRow on Disbursement {\n    id\n    paidOn\n    amount\n    voucherNo\n    payee\n    note\n    reverses {\n      id\n      voucherNo\n    }\n  }\n": types.DisbursementRowFragmentDoc,
    "\n  fragment AuditEntryRow on AuditEntry {\n    id\n    at\n    actorKind\n    actorName\n    action\n    actionLabel\n    entityType\n    entityTypeLabel\n    entityId\n    before\n    after\n    details\n    requestId\n    ip\n  }\n": types.AuditEntryRowFragmentDoc,
    "\n  query Towns {\n    towns {\n      code\n      name\n      villages {\n        code\n        name\n      }\n    }\n  }\n": types.TownsDocument,
    "\n  query AuditLog($filter: AuditFilter, $first: Int, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...AuditEntryRow\n        }\n      }\n    }\n  }\n": types.AuditLogDocument,
    "\n  query AuditCatalog {\n    auditActions {\n      code\n      label\n    }\n    auditEntityTypes {\n      code\n      label\n    }\n  }\n": types.AuditCatalogDocument,
    "\n  query AuditLogCursors($filter: AuditFilter, $first: Int, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n      }\n    }\n  }\n": types.AuditLogCursorsDocument,
    "\n  fragment FundingSummaryFields on FundingSummary {\n    totals {\n      allocated\n      disbursed\n      executionRate\n      projectCount\n      startedProjectCount\n    }\n    rows {\n      key\n      label\n      allocated\n      disbursed\n      executionRate\n      projectCount\n    }\n  }\n": types.FundingSummaryFieldsFragmentDoc,
    "\n  query DashboardSummary($year: Int!) {\n    systemInfo {\n      demoData\n      demoDataDescription\n    }\n    integrated: fundingSummary(year: $year, groupBy: TOWN) {\n      ...FundingSummaryFields\n    }\n    bridging: fundingSummary(year: $year, groupBy: TOWN, fundCategory: BRIDGING) {\n      ...FundingSummaryFields\n    }\n  }\n": types.DashboardSummaryDocument,
    "\n  fragment MonitoringCountFields on MonitoringCount {\n    key\n    label\n    cases {\n      value\n      display\n      suppressed\n    }\n  }\n": types.MonitoringCountFieldsFragmentDoc,
    "\n  query MonitoringSummary($year: Int) {\n    monitoringSummary(year: $year) {\n      year\n      total {\n        value\n        display\n      }\n      open {\n        value\n        display\n      }\n      overdue {\n        value\n        display\n      }\n      byStep {\n        ...MonitoringCountFields\n      }\n      byType {\n        ...MonitoringCountFields\n      }\n    }\n  }\n": types.MonitoringSummaryDocument,
    "\n  query IndustryHeadline($year: Int) {\n    industrySummary(year: $year) {\n      year\n      total {\n        key\n        parks\n        linkedHouseholdsShown {\n          display\n        }\n        incomeGained\n      }\n    }\n    eastWestSummary {\n      enterprises\n      investment\n    }\n  }\n": types.IndustryHeadlineDocument,
    "\n  query FundSources($filter: FundSourceFilter, $first: Int, $after: String) {\n    fundSources(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          code\n          name\n          year\n          category\n          level\n          documentNo\n          allocatedAmount\n          disbursedAmount\n          executionRate\n          projectCount\n        }\n      }\n    }\n  }\n": types.FundSourcesDocument,
    "\n  query DisbursementList($filter: DisbursementFilter, $first: Int, $after: String) {\n    disbursements(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...DisbursementRow\n          reversedAmount\n          reversibleAmount\n          createdAt\n          allocation {\n            id\n            fundSource {\n              ...FundSourceRef\n            }\n            project {\n              ...ProjectRef\n            }\n          }\n        }\n      }\n    }\n  }\n": types.DisbursementListDocument,
    "\n  query DisbursementCursors($filter: DisbursementFilter, $first: Int, $after: String) {\n    disbursements(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n      }\n    }\n  }\n": types.DisbursementCursorsDocument,
    "\n  query AllocationPicker($search: String) {\n    projects(filter: { search: $search }, first: 20) {\n      edges {\n        node {\n          ...ProjectRef\n          allocations {\n            ...AllocationAmounts\n            fundSource {\n              ...FundSourceRef\n            }\n          }\n        }\n      }\n    }\n  }\n": types.AllocationPickerDocument,
    "\n  fragment DisbursementWritten on Disbursement {\n    id\n    amount\n    voucherNo\n    allocation {\n      ...AllocationAmounts\n    }\n  }\n": types.DisbursementWrittenFragmentDoc,
    "\n  mutation RecordDisbursement($input: RecordDisbursementInput!) {\n    recordDisbursement(input: $input) {\n      ...DisbursementWritten\n    }\n  }\n": types.RecordDisbursementDocument,
    "\n  mutation ReverseDisbursement($input: ReverseDisbursementInput!) {\n    reverseDisbursement(input: $input) {\n      ...DisbursementWritten\n      reverses {\n        id\n        reversedAmount\n        reversibleAmount\n      }\n    }\n  }\n": types.ReverseDisbursementDocument,
    "\n  query FundAllocationList($filter: FundAllocationFilter, $first: Int, $after: String) {\n    fundAllocations(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...AllocationRow\n          project {\n            ...ProjectRef\n            town {\n              code\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": types.FundAllocationListDocument,
    "\n  query FundAllocationCursors($filter: FundAllocationFilter, $first: Int, $after: String) {\n    fundAllocations(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n      }\n    }\n  }\n": types.FundAllocationCursorsDocument,
    "\n  query FundSourceOptions($year: Int) {\n    fundSources(filter: { year: $year }, first: 100) {\n      edges {\n        node {\n          ...FundSourceOption\n        }\n      }\n    }\n  }\n": types.FundSourceOptionsDocument,
    "\n  fragment HouseholdRow on Household {\n    id\n    code\n    headName\n    groupName\n    category\n    relocated\n    memberCount\n    town {\n      code\n      name\n    }\n    village {\n      code\n      name\n    }\n    openCase {\n      id\n      code\n      status\n    }\n  }\n": types.HouseholdRowFragmentDoc,
    "\n  fragment MemberRow on Person {\n    id\n    name\n    idNumber\n    gender\n    birthYear\n    relation\n    health\n    education\n    labourSkill\n    workStatus\n    workPlace\n    medicalInsured\n    pensionInsured\n    familyDoctor\n    version\n  }\n": types.MemberRowFragmentDoc,
    "\n  fragment HouseholdYearRow on HouseholdYear {\n    year\n    wageIncome\n    operatingIncome\n    propertyIncome\n    transferIncome\n    compliantExpenses\n    totalIncome\n    memberCount\n    netIncomePerPerson\n    monitoringLine\n    belowLine\n    foodClothingSecure\n    educationSecure\n    medicalSecure\n    housingSecure\n    waterSecure\n    version\n  }\n": types.HouseholdYearRowFragmentDoc,
    "\n  query HouseholdList($filter: HouseholdFilter, $sort: HouseholdSort, $first: Int, $after: String) {\n    households(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...HouseholdRow\n        }\n      }\n    }\n  }\n": types.HouseholdListDocument,
    "\n  query HouseholdCursors($filter: HouseholdFilter, $sort: HouseholdSort, $first: Int, $after: String) {\n    households(filter: $filter, sort: $sort, first: $first, after: $after) {\n      edges {\n        cursor\n      }\n    }\n  }\n": types.HouseholdCursorsDocument,
    "\n  query HouseholdDetail($id: ID!) {\n    household(id: $id) {\n      ...HouseholdRow\n      address\n      phone\n      version\n      updatedAt\n      members {\n        ...MemberRow\n      }\n      years {\n        ...HouseholdYearRow\n      }\n      cases {\n        id\n        code\n        type\n        status\n        greenChannel\n        openedOn\n        identifiedOn\n        closedOn\n        nextStepDueOn\n        overdue\n        nextStep {\n          code\n          name\n        }\n      }\n    }\n  }\n": types.HouseholdDetailDocument,
    "\n  mutation CreateHousehold($input: CreateHouseholdInput!) {\n    createHousehold(input: $input) {\n      id\n      code\n      headName\n    }\n  }\n": types.CreateHouseholdDocument,
    "\n  mutation AddPerson($householdId: ID!, $input: PersonInput!) {\n    addPerson(householdId: $householdId, input: $input) {\n      ...MemberRow\n    }\n  }\n": types.AddPersonDocument,
    "\n  mutation RecordHouseholdYear($input: HouseholdYearInput!) {\n    recordHouseholdYear(input: $input) {\n      ...HouseholdYearRow\n    }\n  }\n": types.RecordHouseholdYearDocument,
    "\n  mutation RevealIdNumber($personId: ID!, $purpose: String!) {\n    revealIdNumber(personId: $personId, purpose: $purpose)\n  }\n": types.RevealIdNumberDocument,
    "\n  mutation RevealHouseholdPhone($householdId: ID!, $purpose: String!) {\n    revealHouseholdPhone(householdId: $householdId, purpose: $purpose)\n  }\n": types.RevealHouseholdPhoneDocument,
    "\n  fragment ParkRow on IndustrialPark {\n    id\n    code\n    name\n    level\n    industry\n    operatorName\n    operatorKind\n    investment\n    jobs\n    establishedYear\n    linkedHouseholds\n    town {\n      code\n      name\n    }\n    villages {\n      code\n      name\n    }\n  }\n": types.ParkRowFragmentDoc,
    "\n  fragment ParkYearRow on ParkYear {\n    year\n    outputValue\n    dividends\n    liftedJobs\n    version\n  }\n": types.ParkYearRowFragmentDoc,
    "\n  fragment IndustryGroupRow on IndustryGroup {\n    key\n    label\n    parks\n    linkedHouseholds\n    linkedHouseholdsShown {\n      display\n    }\n    incomeGained\n    suppressed\n    investment\n    jobs\n  }\n": types.IndustryGroupRowFragmentDoc,
    "\n  query ParkList($filter: IndustrialParkFilter, $sort: IndustrialParkSort, $first: Int, $after: String) {\n    industrialParks(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ParkRow\n        }\n      }\n    }\n  }\n": types.ParkListDocument,
    "\n  query ParkCursors($filter: IndustrialParkFilter, $sort: IndustrialParkSort, $first: Int, $after: String) {\n    industrialParks(filter: $filter, sort: $sort, first: $first, after: $after) {\n      edges {\n        cursor\n      }\n    }\n  }\n": types.ParkCursorsDocument,
    "\n  query ParkDetail($id: ID!) {\n    industrialPark(id: $id) {\n      ...ParkRow\n      areaMu\n      incomeGained\n      version\n      createdAt\n      updatedAt\n      years {\n        ...ParkYearRow\n      }\n      investments {\n        id\n        year\n        amount\n        description\n        enterprise {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ParkDetailDocument,
    "\n  query ParkEdit($id: ID!) {\n    industrialPark(id: $id) {\n      id\n      code\n      name\n      version\n      level\n      industry\n      operatorName\n      operatorKind\n      areaMu\n      investment\n      jobs\n      establishedYear\n      town {\n        code\n      }\n      villages {\n        code\n      }\n    }\n  }\n": types.ParkEditDocument,
    "\n  mutation CreateIndustrialPark($input: CreateIndustrialParkInput!) {\n    createIndustrialPark(input: $input) {\n      id\n      code\n      name\n    }\n  }\n": types.CreateIndustrialParkDocument,
    "\n  mutation UpdateIndustrialPark($id: ID!, $input: UpdateIndustrialParkInput!) {\n    updateIndustrialPark(id: $id, input: $input) {\n      ...ParkRow\n      areaMu\n      version\n      updatedAt\n    }\n  }\n": types.UpdateIndustrialParkDocument,
    "\n  mutation RecordParkYear($input: ParkYearInput!) {\n    recordParkYear(input: $input) {\n      ...ParkYearRow\n    }\n  }\n": types.RecordParkYearDocument,
    "\n  fragment BenefitLinkRow on BenefitLink {\n    id\n    mode\n    year\n    incomeGained\n    note\n  }\n": types.BenefitLinkRowFragmentDoc,
    "\n  query ParkBenefitLinks($filter: BenefitLinkFilter, $withHousehold: Boolean!, $first: Int, $after: String) {\n    benefitLinks(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...BenefitLinkRow\n          household @include(if: $withHousehold) {\n            id\n            code\n            headName\n            village {\n              code\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ParkBenefitLinksDocument,
    "\n  query ParkBenefitLinkCursors($filter: BenefitLinkFilter, $withHousehold: Boolean!, $first: Int, $after: String) {\n    benefitLinks(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          household @include(if: $withHousehold) {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.ParkBenefitLinkCursorsDocument,
    "\n  query LinkHouseholdOptions($townCode: ID!, $search: String) {\n    households(filter: { townCode: $townCode, search: $search }, first: 20) {\n      edges {\n        node {\n          id\n          code\n          headName\n          village {\n            code\n            name\n          }\n        }\n      }\n    }\n  }\n": types.LinkHouseholdOptionsDocument,
    "\n  mutation AddBenefitLink($input: BenefitLinkInput!) {\n    addBenefitLink(input: $input) {\n      ...BenefitLinkRow\n    }\n  }\n": types.AddBenefitLinkDocument,
    "\n  query IndustryOverview($year: Int) {\n    industrySummary(year: $year) {\n      year\n      total {\n        ...IndustryGroupRow\n      }\n      byIndustry {\n        ...IndustryGroupRow\n      }\n      byTown {\n        ...IndustryGroupRow\n      }\n    }\n  }\n": types.IndustryOverviewDocument,
    "\n  fragment EnterpriseInvestmentRow on EnterpriseInvestment {\n    id\n    year\n    amount\n    description\n    park {\n      id\n      code\n      name\n    }\n  }\n": types.EnterpriseInvestmentRowFragmentDoc,
    "\n  query EastWest($withProjects: Boolean!) {\n    eastWestSummary {\n      enterprises\n      investment\n      jobs\n      liftedJobs\n    }\n    partnerEnterprises {\n      id\n      name\n      origin\n      sector\n      settledYear\n      jobs\n      liftedJobs\n      version\n      totalInvestment\n      investments {\n        ...EnterpriseInvestmentRow\n        project @include(if: $withProjects) {\n          ...ProjectRef\n        }\n      }\n    }\n  }\n": types.EastWestDocument,
    "\n  mutation CreatePartnerEnterprise($input: PartnerEnterpriseInput!) {\n    createPartnerEnterprise(input: $input) {\n      id\n      name\n    }\n  }\n": types.CreatePartnerEnterpriseDocument,
    "\n  mutation UpdatePartnerEnterprise($id: ID!, $input: PartnerEnterpriseInput!) {\n    updatePartnerEnterprise(id: $id, input: $input) {\n      id\n      name\n      origin\n      sector\n      settledYear\n      jobs\n      liftedJobs\n      version\n    }\n  }\n": types.UpdatePartnerEnterpriseDocument,
    "\n  mutation RecordEnterpriseInvestment($input: EnterpriseInvestmentInput!) {\n    recordEnterpriseInvestment(input: $input) {\n      id\n      amount\n    }\n  }\n": types.RecordEnterpriseInvestmentDocument,
    "\n  query InvestmentParkOptions($search: String) {\n    industrialParks(filter: { search: $search }, first: 20) {\n      edges {\n        node {\n          id\n          code\n          name\n          town {\n            code\n            name\n          }\n        }\n      }\n    }\n  }\n": types.InvestmentParkOptionsDocument,
    "\n  query InvestmentProjectOptions($search: String) {\n    projects(filter: { search: $search }, first: 20) {\n      edges {\n        node {\n          ...ProjectRef\n        }\n      }\n    }\n  }\n": types.InvestmentProjectOptionsDocument,
    "\n  fragment MonitoringStepFields on MonitoringStep {\n    position\n    code\n    name\n    actor\n    timeLimitDays\n    minimumDays\n    canReject\n    recordsNotice\n    requiredAttachments\n  }\n": types.MonitoringStepFieldsFragmentDoc,
    "\n  fragment CaseRow on MonitoringCase {\n    id\n    code\n    type\n    channel\n    status\n    greenChannel\n    riskKinds\n    openedOn\n    nextStepDueOn\n    overdue\n    household {\n      id\n      code\n      headName\n    }\n    town {\n      code\n      name\n    }\n    village {\n      code\n      name\n    }\n    nextStep {\n      code\n      name\n    }\n  }\n": types.CaseRowFragmentDoc,
    "\n  query MonitoringCaseList($filter: MonitoringCaseFilter, $sort: MonitoringCaseSort, $first: Int, $after: String) {\n    monitoringCases(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...CaseRow\n        }\n      }\n    }\n  }\n": types.MonitoringCaseListDocument,
    "\n  query MonitoringCaseCursors($filter: MonitoringCaseFilter, $sort: MonitoringCaseSort, $first: Int, $after: String) {\n    monitoringCases(filter: $filter, sort: $sort, first: $first, after: $after) {\n      edges {\n        cursor\n      }\n    }\n  }\n": types.MonitoringCaseCursorsDocument,
    "\n  query MonitoringCaseDetail($id: ID!) {\n    monitoringCase(id: $id) {\n      ...CaseRow\n      reason\n      completedSteps\n      identifiedOn\n      closedOn\n      version\n      updatedAt\n      procedure {\n        id\n        code\n        name\n        totalWorkingDays\n        steps {\n          ...MonitoringStepFields\n        }\n      }\n      nextStep {\n        ...MonitoringStepFields\n      }\n      steps {\n        id\n        position\n        stepCode\n        outcome\n        actedOn\n        dueOn\n        late\n        actorName\n        note\n        noticeStart\n        noticeEnd\n      }\n      attachments {\n        id\n        kind\n        fileName\n        size\n        stepId\n        url\n      }\n      assistance {\n        id\n        kind\n        description\n        responsiblePerson\n        responsibleUnit\n        startOn\n        endOn\n        amount\n        beforeIdentification\n      }\n      elimination {\n        method\n        eliminatedOn\n        incomeYear\n        netIncomePerPerson\n        monitoringLine\n        note\n        recordedBy\n      }\n      followUps {\n        id\n        visitedOn\n        visitor\n        stable\n        finding\n      }\n    }\n  }\n": types.MonitoringCaseDetailDocument,
    "\n  query MonitoringProcedures {\n    monitoringProcedures {\n      id\n      name\n      effectiveFrom\n      steps {\n        position\n        code\n        name\n      }\n    }\n  }\n": types.MonitoringProceduresDocument,
    "\n  query MonitoringBoard($townCode: ID, $perColumn: Int!) {\n    monitoringBoard(townCode: $townCode, perColumn: $perColumn) {\n      step {\n        ...MonitoringStepFields\n      }\n      count\n      overdueCount\n      cases {\n        id\n        code\n        type\n        greenChannel\n        nextStepDueOn\n        overdue\n        household {\n          id\n          headName\n        }\n        town {\n          code\n          name\n        }\n        village {\n          code\n          name\n        }\n      }\n    }\n  }\n": types.MonitoringBoardDocument,
    "\n  fragment MonitoringWarningRow on MonitoringWarning {\n    id\n    rule\n    message\n    since\n    days\n    stepCode\n    dueOn\n    year\n    netIncomePerPerson\n    monitoringLine\n    town {\n      code\n      name\n    }\n    village {\n      code\n      name\n    }\n    household {\n      id\n      code\n      headName\n    }\n    monitoringCase {\n      id\n      code\n      status\n    }\n  }\n": types.MonitoringWarningRowFragmentDoc,
    "\n  query MonitoringWarningList($filter: MonitoringWarningFilter, $first: Int, $after: String) {\n    monitoringWarnings(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...MonitoringWarningRow\n        }\n      }\n    }\n  }\n": types.MonitoringWarningListDocument,
    "\n  query MonitoringWarningCursors($filter: MonitoringWarningFilter, $first: Int, $after: String) {\n    monitoringWarnings(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n      }\n    }\n  }\n": types.MonitoringWarningCursorsDocument,
    "\n  query VillageNotice($villageCode: ID!) {\n    villageNotice(villageCode: $villageCode) {\n      title\n      townName\n      villageName\n      generatedOn\n      noticeStart\n      noticeEnd\n      minimumDays\n      entries {\n        headName\n        groupName\n        memberCount\n        type\n        reasons\n      }\n      footer\n    }\n  }\n": types.VillageNoticeDocument,
    "\n  mutation OpenMonitoringCase($input: OpenMonitoringCaseInput!) {\n    openMonitoringCase(input: $input) {\n      id\n      code\n    }\n  }\n": types.OpenMonitoringCaseDocument,
    "\n  mutation RecordMonitoringStep($input: RecordMonitoringStepInput!) {\n    recordMonitoringStep(input: $input) {\n      id\n      status\n      completedSteps\n      nextStepDueOn\n      version\n    }\n  }\n": types.RecordMonitoringStepDocument,
    "\n  mutation AddAssistanceMeasure($input: AssistanceMeasureInput!) {\n    addAssistanceMeasure(input: $input) {\n      id\n    }\n  }\n": types.AddAssistanceMeasureDocument,
    "\n  mutation EliminateRisk($input: EliminateRiskInput!) {\n    eliminateRisk(input: $input) {\n      id\n      status\n      closedOn\n      version\n    }\n  }\n": types.EliminateRiskDocument,
    "\n  mutation RecordFollowUpVisit($input: FollowUpVisitInput!) {\n    recordFollowUpVisit(input: $input) {\n      id\n    }\n  }\n": types.RecordFollowUpVisitDocument,
    "\n  query ProjectFundSourceOptions {\n    fundSources(first: 100) {\n      edges {\n        node {\n          ...FundSourceOption\n        }\n      }\n    }\n  }\n": types.ProjectFundSourceOptionsDocument,
    "\n  fragment ProjectSummary on Project {\n    ...ProjectRef\n    year\n    category\n    industry\n    status\n    town {\n      code\n      name\n    }\n    village {\n      code\n      name\n    }\n    allocatedAmount\n    disbursedAmount\n    executionRate\n  }\n": types.ProjectSummaryFragmentDoc,
    "\n  fragment ProjectFields on Project {\n    name\n    year\n    category\n    industry\n    constructionType\n    town {\n      code\n    }\n    village {\n      code\n    }\n    responsibleUnit\n    tasks\n    plannedStart\n    plannedEnd\n    approvalDocNo\n    beneficiaryHouseholds\n    beneficiaryPersons\n    liftedHouseholds\n    liftedPersons\n    benefitMechanism\n  }\n": types.ProjectFieldsFragmentDoc,
    "\n  query ProjectList($filter: ProjectFilter, $sort: ProjectSort, $first: Int, $after: String) {\n    projects(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ProjectSummary\n        }\n      }\n    }\n  }\n": types.ProjectListDocument,
    "\n  query ProjectCursors($filter: ProjectFilter, $sort: ProjectSort, $first: Int, $after: String) {\n    projects(filter: $filter, sort: $sort, first: $first, after: $after) {\n      edges {\n        cursor\n      }\n    }\n  }\n": types.ProjectCursorsDocument,
    "\n  query ProjectDetail($id: ID!) {\n    project(id: $id) {\n      ...ProjectSummary\n      ...ProjectFields\n      nextStatus\n      version\n      createdAt\n      updatedAt\n      allocations {\n        ...AllocationRow\n        fundSource {\n          level\n        }\n        disbursements {\n          ...DisbursementRow\n        }\n      }\n      performanceTargets {\n        id\n        level\n        subLevel\n        indicator\n        operator\n        targetValue\n        unit\n        actualValue\n        score\n      }\n      statusHistory {\n        id\n        fromStatus\n        toStatus\n        effectiveOn\n        note\n        changedAt\n      }\n    }\n  }\n": types.ProjectDetailDocument,
    "\n  query ProjectEdit($id: ID!) {\n    project(id: $id) {\n      id\n      code\n      version\n      ...ProjectFields\n    }\n  }\n": types.ProjectEditDocument,
    "\n  mutation CreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      id\n      code\n      name\n    }\n  }\n": types.CreateProjectDocument,
    "\n  mutation UpdateProject($id: ID!, $input: UpdateProjectInput!) {\n    updateProject(id: $id, input: $input) {\n      id\n      version\n      name\n    }\n  }\n": types.UpdateProjectDocument,
    "\n  mutation AdvanceProjectStatus($input: AdvanceProjectStatusInput!) {\n    advanceProjectStatus(input: $input) {\n      id\n      status\n      nextStatus\n      version\n    }\n  }\n": types.AdvanceProjectStatusDocument,
    "\n  fragment CadreFields on Cadre {\n    id\n    name\n    title\n    unit {\n      id\n      name\n    }\n  }\n": types.CadreFieldsFragmentDoc,
    "\n  fragment WorkTeamRow on WorkTeam {\n    id\n    name\n    formedOn\n    dissolvedOn\n    memberCount\n    version\n    town {\n      code\n      name\n    }\n    village {\n      code\n      name\n    }\n    leadUnit {\n      id\n      name\n      kind\n    }\n  }\n": types.WorkTeamRowFragmentDoc,
    "\n  fragment TeamMemberRow on WorkTeamMember {\n    id\n    role\n    startedOn\n    endedOn\n    endReason\n    version\n    cadre {\n      ...CadreFields\n    }\n  }\n": types.TeamMemberRowFragmentDoc,
    "\n  fragment FirstSecretaryRow on FirstSecretary {\n    id\n    startedOn\n    endedOn\n    endReason\n    version\n    cadre {\n      ...CadreFields\n    }\n    town {\n      code\n      name\n    }\n    village {\n      code\n      name\n    }\n  }\n": types.FirstSecretaryRowFragmentDoc,
    "\n  query WorkTeamList($filter: StationingFilter, $first: Int, $after: String) {\n    workTeams(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...WorkTeamRow\n        }\n      }\n    }\n  }\n": types.WorkTeamListDocument,
    "\n  query WorkTeamCursors($filter: StationingFilter, $first: Int, $after: String) {\n    workTeams(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n      }\n    }\n  }\n": types.WorkTeamCursorsDocument,
    "\n  query WorkTeamDetail($id: ID!) {\n    workTeam(id: $id) {\n      ...WorkTeamRow\n      members(current: false) {\n        ...TeamMemberRow\n      }\n    }\n  }\n": types.WorkTeamDetailDocument,
    "\n  query FirstSecretaryList($filter: StationingFilter, $first: Int, $after: String) {\n    firstSecretaries(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...FirstSecretaryRow\n        }\n      }\n    }\n  }\n": types.FirstSecretaryListDocument,
    "\n  query FirstSecretaryCursors($filter: StationingFilter, $first: Int, $after: String) {\n    firstSecretaries(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n      }\n    }\n  }\n": types.FirstSecretaryCursorsDocument,
    "\n  query VillageSecretaries($villageCode: ID!) {\n    firstSecretaries(filter: { villageCode: $villageCode }, first: 100) {\n      totalCount\n      edges {\n        node {\n          ...FirstSecretaryRow\n        }\n      }\n    }\n  }\n": types.VillageSecretariesDocument,
    "\n  query StationingCoverage($townCode: ID) {\n    stationingCoverage(townCode: $townCode) {\n      categories\n      covered\n      withTeam\n      withFirstSecretary\n      towns {\n        townCode\n        townName\n        covered\n        withTeam\n        withFirstSecretary\n        villages {\n          villageCode\n          villageName\n          categories\n          hasTeam\n          teamId\n          members\n          hasFirstSecretary\n        }\n      }\n    }\n  }\n": types.StationingCoverageDocument,
    "\n  query StationingHeadline {\n    stationingSummary {\n      firstSecretaries\n      workTeams\n      members\n    }\n    stationingCoverage {\n      covered\n      withTeam\n      withFirstSecretary\n    }\n  }\n": types.StationingHeadlineDocument,
    "\n  query DispatchingUnits {\n    dispatchingUnits {\n      id\n      name\n      kind\n    }\n  }\n": types.DispatchingUnitsDocument,
    "\n  query CadreOptions($filter: CadreFilter) {\n    cadres(filter: $filter, first: 20) {\n      totalCount\n      edges {\n        node {\n          ...CadreFields\n        }\n      }\n    }\n  }\n": types.CadreOptionsDocument,
    "\n  mutation CreateWorkTeam($input: CreateWorkTeamInput!) {\n    createWorkTeam(input: $input) {\n      id\n      name\n    }\n  }\n": types.CreateWorkTeamDocument,
    "\n  mutation AddWorkTeamMember($input: AddWorkTeamMemberInput!) {\n    addWorkTeamMember(input: $input) {\n      ...TeamMemberRow\n    }\n  }\n": types.AddWorkTeamMemberDocument,
    "\n  mutation EndWorkTeamMember($input: EndTermInput!) {\n    endWorkTeamMember(input: $input) {\n      ...TeamMemberRow\n    }\n  }\n": types.EndWorkTeamMemberDocument,
    "\n  mutation DissolveWorkTeam($input: DissolveWorkTeamInput!) {\n    dissolveWorkTeam(input: $input) {\n      ...WorkTeamRow\n    }\n  }\n": types.DissolveWorkTeamDocument,
    "\n  mutation AppointFirstSecretary($input: AppointFirstSecretaryInput!) {\n    appointFirstSecretary(input: $input) {\n      ...FirstSecretaryRow\n    }\n  }\n": types.AppointFirstSecretaryDocument,
    "\n  mutation EndFirstSecretaryTerm($input: EndTermInput!) {\n    endFirstSecretaryTerm(input: $input) {\n      ...FirstSecretaryRow\n    }\n  }\n": types.EndFirstSecretaryTermDocument,
    "\n  fragment SupervisionTaskRow on SupervisionTask {\n    id\n    code\n    status\n    finding\n    foundOn\n    assignedUnit\n    deadline\n    overdue\n    rectification\n    rectifiedOn\n    recheckNote\n    recheckedOn\n    failedRechecks\n    closedOn\n    version\n    group {\n      id\n      name\n    }\n    town {\n      code\n      name\n    }\n    village {\n      code\n      name\n    }\n  }\n": types.SupervisionTaskRowFragmentDoc,
    "\n  query SupervisionTaskList($filter: SupervisionTaskFilter, $first: Int, $after: String) {\n    supervisionTasks(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...SupervisionTaskRow\n        }\n      }\n    }\n  }\n": types.SupervisionTaskListDocument,
    "\n  query SupervisionTaskCursors($filter: SupervisionTaskFilter, $first: Int, $after: String) {\n    supervisionTasks(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n      }\n    }\n  }\n": types.SupervisionTaskCursorsDocument,
    "\n  query SupervisionTask($id: ID!) {\n    supervisionTask(id: $id) {\n      ...SupervisionTaskRow\n    }\n  }\n": types.SupervisionTaskDocument,
    "\n  query SupervisionGroups {\n    supervisionGroups {\n      id\n      name\n      leaderName\n      towns {\n        code\n        name\n      }\n    }\n  }\n": types.SupervisionGroupsDocument,
    "\n  query SupervisionSummary {\n    supervisionSummary {\n      groups\n      tasks\n      assigned\n      rectified\n      closed\n      overdue\n      byGroup {\n        group {\n          id\n          name\n        }\n        tasks\n        assigned\n        rectified\n        closed\n        overdue\n      }\n    }\n  }\n": types.SupervisionSummaryDocument,
    "\n  mutation AssignSupervisionTask($input: AssignSupervisionTaskInput!) {\n    assignSupervisionTask(input: $input) {\n      ...SupervisionTaskRow\n    }\n  }\n": types.AssignSupervisionTaskDocument,
    "\n  mutation RectifySupervisionTask($input: RectifySupervisionTaskInput!) {\n    rectifySupervisionTask(input: $input) {\n      ...SupervisionTaskRow\n    }\n  }\n": types.RectifySupervisionTaskDocument,
    "\n  mutation RecheckSupervisionTask($input: RecheckSupervisionTaskInput!) {\n    recheckSupervisionTask(input: $input) {\n      ...SupervisionTaskRow\n    }\n  }\n": types.RecheckSupervisionTaskDocument,
    "\n  fragment DemonstrationVillageRow on Village {\n    code\n    name\n    categories\n    town {\n      code\n      name\n    }\n  }\n": types.DemonstrationVillageRowFragmentDoc,
    "\n  query DemonstrationVillages($filter: VillageFilter, $first: Int, $after: String) {\n    villages(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...DemonstrationVillageRow\n        }\n      }\n    }\n  }\n": types.DemonstrationVillagesDocument,
    "\n  query DemonstrationVillageCursors($filter: VillageFilter, $first: Int, $after: String) {\n    villages(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n      }\n    }\n  }\n": types.DemonstrationVillageCursorsDocument,
    "\n  fragment ApiTokenRow on ApiToken {\n    id\n    name\n    kind\n    datasets\n    towns {\n      code\n      name\n    }\n    aggregatesOnly\n    prefix\n    expiresAt\n    revokedAt\n    lastUsedAt\n    createdAt\n    createdBy {\n      id\n      displayName\n    }\n  }\n": types.ApiTokenRowFragmentDoc,
    "\n  query ApiTokenList($includeRevoked: Boolean!, $first: Int, $after: String) {\n    apiTokens(includeRevoked: $includeRevoked, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ApiTokenRow\n        }\n      }\n    }\n  }\n": types.ApiTokenListDocument,
    "\n  query ApiTokenCursors($includeRevoked: Boolean!, $first: Int, $after: String) {\n    apiTokens(includeRevoked: $includeRevoked, first: $first, after: $after) {\n      edges {\n        cursor\n      }\n    }\n  }\n": types.ApiTokenCursorsDocument,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      secret\n      token {\n        ...ApiTokenRow\n      }\n    }\n  }\n": types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      ...ApiTokenRow\n    }\n  }\n": types.RevokeApiTokenDocument,
    "\n  fragment UserRow on User {\n    id\n    username\n    displayName\n    role\n    town {\n      code\n      name\n    }\n    phone\n    disabled\n    mustChangePassword\n    lockedUntil\n    lastSignInAt\n    createdAt\n    version\n  }\n": types.UserRowFragmentDoc,
    "\n  query UserList($filter: UserFilter, $first: Int, $after: String) {\n    users(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...UserRow\n        }\n      }\n    }\n  }\n": types.UserListDocument,
    "\n  query UserCursors($filter: UserFilter, $first: Int, $after: String) {\n    users(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n      }\n    }\n  }\n": types.UserCursorsDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserRow\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      ...UserRow\n    }\n  }\n": types.UpdateUserDocument,
    "\n  mutation ResetUserPassword($id: ID!, $input: ResetPasswordInput!) {\n    resetUserPassword(id: $id, input: $input) {\n      ...UserRow\n    }\n  }\n": types.ResetUserPasswordDocument,
    "\n  mutation UnlockUser($id: ID!) {\n    unlockUser(id: $id) {\n      ...UserRow\n    }\n  }\n": types.UnlockUserDocument,
    "\n  mutation RevealUserPhone($id: ID!, $purpose: String!) {\n    revealUserPhone(id: $id, purpose: $purpose)\n  }\n": types.RevealUserPhoneDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ViewerFields on Viewer {\n    name\n    role\n    permissions\n    mustChangePassword\n    sessionExpiresAt\n    idleTimeoutSeconds\n    user {\n      id\n      username\n      displayName\n    }\n    town {\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ViewerFields on Viewer {\n    name\n    role\n    permissions\n    mustChangePassword\n    sessionExpiresAt\n    idleTimeoutSeconds\n    user {\n      id\n      username\n      displayName\n    }\n    town {\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ExportJobFields on ExportJob {\n    id\n    dataset\n    title\n    status\n    totalRows\n    doneRows\n    progress\n    fileName\n    byteSize\n    error\n    downloadUrl\n    createdAt\n    finishedAt\n    expiresAt\n  }\n"): (typeof documents)["\n  fragment ExportJobFields on ExportJob {\n    id\n    dataset\n    title\n    status\n    totalRows\n    doneRows\n    progress\n    fileName\n    byteSize\n    error\n    downloadUrl\n    createdAt\n    finishedAt\n    expiresAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartExport($input: StartExportInput!) {\n    startExport(input: $input) {\n      ...ExportJobFields\n    }\n  }\n"): (typeof documents)["\n  mutation StartExport($input: StartExportInput!) {\n    startExport(input: $input) {\n      ...ExportJobFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportJob($id: ID!) {\n    exportJob(id: $id) {\n      ...ExportJobFields\n    }\n  }\n"): (typeof documents)["\n  query ExportJob($id: ID!) {\n    exportJob(id: $id) {\n      ...ExportJobFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyExports($limit: Int!) {\n    myExports(limit: $limit) {\n      ...ExportJobFields\n    }\n  }\n"): (typeof documents)["\n  query MyExports($limit: Int!) {\n    myExports(limit: $limit) {\n      ...ExportJobFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProjectRef on Project {\n    id\n    code\n    name\n  }\n"): (typeof documents)["\n  fragment ProjectRef on Project {\n    id\n    code\n    name\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FundSourceRef on FundSource {\n    id\n    name\n    category\n  }\n"): (typeof documents)["\n  fragment FundSourceRef on FundSource {\n    id\n    name\n    category\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FundSourceOption on FundSource {\n    ...FundSourceRef\n    year\n  }\n"): (typeof documents)["\n  fragment FundSourceOption on FundSource {\n    ...FundSourceRef\n    year\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AllocationAmounts on FundAllocation {\n    id\n    amount\n    disbursedAmount\n    remainingAmount\n  }\n"): (typeof documents)["\n  fragment AllocationAmounts on FundAllocation {\n    id\n    amount\n    disbursedAmount\n    remainingAmount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AllocationRow on FundAllocation {\n    ...AllocationAmounts\n    executionRate\n    disbursementCount\n    allocatedOn\n    documentNo\n    fundSource {\n      ...FundSourceRef\n    }\n  }\n"): (typeof documents)["\n  fragment AllocationRow on FundAllocation {\n    ...AllocationAmounts\n    executionRate\n    disbursementCount\n    allocatedOn\n    documentNo\n    fundSource {\n      ...FundSourceRef\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DisbursementRow on Disbursement {\n    id\n    paidOn\n    amount\n    voucherNo\n    payee\n    note\n    reverses {\n      id\n      voucherNo\n    }\n  }\n"): (typeof documents)["\n  fragment DisbursementRow on Disbursement {\n    id\n    paidOn\n    amount\n    voucherNo\n    payee\n    note\n    reverses {\n      id\n      voucherNo\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuditEntryRow on AuditEntry {\n    id\n    at\n    actorKind\n    actorName\n    action\n    actionLabel\n    entityType\n    entityTypeLabel\n    entityId\n    before\n    after\n    details\n    requestId\n    ip\n  }\n"): (typeof documents)["\n  fragment AuditEntryRow on AuditEntry {\n    id\n    at\n    actorKind\n    actorName\n    action\n    actionLabel\n    entityType\n    entityTypeLabel\n    entityId\n    before\n    after\n    details\n    requestId\n    ip\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Towns {\n    towns {\n      code\n      name\n      villages {\n        code\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query Towns {\n    towns {\n      code\n      name\n      villages {\n        code\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($filter: AuditFilter, $first: Int, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...AuditEntryRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLog($filter: AuditFilter, $first: Int, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...AuditEntryRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditCatalog {\n    auditActions {\n      code\n      label\n    }\n    auditEntityTypes {\n      code\n      label\n    }\n  }\n"): (typeof documents)["\n  query AuditCatalog {\n    auditActions {\n      code\n      label\n    }\n    auditEntityTypes {\n      code\n      label\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLogCursors($filter: AuditFilter, $first: Int, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLogCursors($filter: AuditFilter, $first: Int, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FundingSummaryFields on FundingSummary {\n    totals {\n      allocated\n      disbursed\n      executionRate\n      projectCount\n      startedProjectCount\n    }\n    rows {\n      key\n      label\n      allocated\n      disbursed\n      executionRate\n      projectCount\n    }\n  }\n"): (typeof documents)["\n  fragment FundingSummaryFields on FundingSummary {\n    totals {\n      allocated\n      disbursed\n      executionRate\n      projectCount\n      startedProjectCount\n    }\n    rows {\n      key\n      label\n      allocated\n      disbursed\n      executionRate\n      projectCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardSummary($year: Int!) {\n    systemInfo {\n      demoData\n      demoDataDescription\n    }\n    integrated: fundingSummary(year: $year, groupBy: TOWN) {\n      ...FundingSummaryFields\n    }\n    bridging: fundingSummary(year: $year, groupBy: TOWN, fundCategory: BRIDGING) {\n      ...FundingSummaryFields\n    }\n  }\n"): (typeof documents)["\n  query DashboardSummary($year: Int!) {\n    systemInfo {\n      demoData\n      demoDataDescription\n    }\n    integrated: fundingSummary(year: $year, groupBy: TOWN) {\n      ...FundingSummaryFields\n    }\n    bridging: fundingSummary(year: $year, groupBy: TOWN, fundCategory: BRIDGING) {\n      ...FundingSummaryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MonitoringCountFields on MonitoringCount {\n    key\n    label\n    cases {\n      value\n      display\n      suppressed\n    }\n  }\n"): (typeof documents)["\n  fragment MonitoringCountFields on MonitoringCount {\n    key\n    label\n    cases {\n      value\n      display\n      suppressed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MonitoringSummary($year: Int) {\n    monitoringSummary(year: $year) {\n      year\n      total {\n        value\n        display\n      }\n      open {\n        value\n        display\n      }\n      overdue {\n        value\n        display\n      }\n      byStep {\n        ...MonitoringCountFields\n      }\n      byType {\n        ...MonitoringCountFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query MonitoringSummary($year: Int) {\n    monitoringSummary(year: $year) {\n      year\n      total {\n        value\n        display\n      }\n      open {\n        value\n        display\n      }\n      overdue {\n        value\n        display\n      }\n      byStep {\n        ...MonitoringCountFields\n      }\n      byType {\n        ...MonitoringCountFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IndustryHeadline($year: Int) {\n    industrySummary(year: $year) {\n      year\n      total {\n        key\n        parks\n        linkedHouseholdsShown {\n          display\n        }\n        incomeGained\n      }\n    }\n    eastWestSummary {\n      enterprises\n      investment\n    }\n  }\n"): (typeof documents)["\n  query IndustryHeadline($year: Int) {\n    industrySummary(year: $year) {\n      year\n      total {\n        key\n        parks\n        linkedHouseholdsShown {\n          display\n        }\n        incomeGained\n      }\n    }\n    eastWestSummary {\n      enterprises\n      investment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FundSources($filter: FundSourceFilter, $first: Int, $after: String) {\n    fundSources(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          code\n          name\n          year\n          category\n          level\n          documentNo\n          allocatedAmount\n          disbursedAmount\n          executionRate\n          projectCount\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FundSources($filter: FundSourceFilter, $first: Int, $after: String) {\n    fundSources(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          code\n          name\n          year\n          category\n          level\n          documentNo\n          allocatedAmount\n          disbursedAmount\n          executionRate\n          projectCount\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DisbursementList($filter: DisbursementFilter, $first: Int, $after: String) {\n    disbursements(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...DisbursementRow\n          reversedAmount\n          reversibleAmount\n          createdAt\n          allocation {\n            id\n            fundSource {\n              ...FundSourceRef\n            }\n            project {\n              ...ProjectRef\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DisbursementList($filter: DisbursementFilter, $first: Int, $after: String) {\n    disbursements(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...DisbursementRow\n          reversedAmount\n          reversibleAmount\n          createdAt\n          allocation {\n            id\n            fundSource {\n              ...FundSourceRef\n            }\n            project {\n              ...ProjectRef\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DisbursementCursors($filter: DisbursementFilter, $first: Int, $after: String) {\n    disbursements(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query DisbursementCursors($filter: DisbursementFilter, $first: Int, $after: String) {\n    disbursements(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AllocationPicker($search: String) {\n    projects(filter: { search: $search }, first: 20) {\n      edges {\n        node {\n          ...ProjectRef\n          allocations {\n            ...AllocationAmounts\n            fundSource {\n              ...FundSourceRef\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AllocationPicker($search: String) {\n    projects(filter: { search: $search }, first: 20) {\n      edges {\n        node {\n          ...ProjectRef\n          allocations {\n            ...AllocationAmounts\n            fundSource {\n              ...FundSourceRef\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DisbursementWritten on Disbursement {\n    id\n    amount\n    voucherNo\n    allocation {\n      ...AllocationAmounts\n    }\n  }\n"): (typeof documents)["\n  fragment DisbursementWritten on Disbursement {\n    id\n    amount\n    voucherNo\n    allocation {\n      ...AllocationAmounts\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordDisbursement($input: RecordDisbursementInput!) {\n    recordDisbursement(input: $input) {\n      ...DisbursementWritten\n    }\n  }\n"): (typeof documents)["\n  mutation RecordDisbursement($input: RecordDisbursementInput!) {\n    recordDisbursement(input: $input) {\n      ...DisbursementWritten\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReverseDisbursement($input: ReverseDisbursementInput!) {\n    reverseDisbursement(input: $input) {\n      ...DisbursementWritten\n      reverses {\n        id\n        reversedAmount\n        reversibleAmount\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReverseDisbursement($input: ReverseDisbursementInput!) {\n    reverseDisbursement(input: $input) {\n      ...DisbursementWritten\n      reverses {\n        id\n        reversedAmount\n        reversibleAmount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FundAllocationList($filter: FundAllocationFilter, $first: Int, $after: String) {\n    fundAllocations(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...AllocationRow\n          project {\n            ...ProjectRef\n            town {\n              code\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FundAllocationList($filter: FundAllocationFilter, $first: Int, $after: String) {\n    fundAllocations(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...AllocationRow\n          project {\n            ...ProjectRef\n            town {\n              code\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FundAllocationCursors($filter: FundAllocationFilter, $first: Int, $after: String) {\n    fundAllocations(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query FundAllocationCursors($filter: FundAllocationFilter, $first: Int, $after: String) {\n    fundAllocations(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FundSourceOptions($year: Int) {\n    fundSources(filter: { year: $year }, first: 100) {\n      edges {\n        node {\n          ...FundSourceOption\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FundSourceOptions($year: Int) {\n    fundSources(filter: { year: $year }, first: 100) {\n      edges {\n        node {\n          ...FundSourceOption\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HouseholdRow on Household {\n    id\n    code\n    headName\n    groupName\n    category\n    relocated\n    memberCount\n    town {\n      code\n      name\n    }\n    village {\n      code\n      name\n    }\n    openCase {\n      id\n      code\n      status\n    }\n  }\n"): (typeof documents)["\n  fragment HouseholdRow on Household {\n    id\n    code\n    headName\n    groupName\n    category\n    relocated\n    memberCount\n    town {\n      code\n      name\n    }\n    village {\n      code\n      name\n    }\n    openCase {\n      id\n      code\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MemberRow on Person {\n    id\n    name\n    idNumber\n    gender\n    birthYear\n    relation\n    health\n    education\n    labourSkill\n    workStatus\n    workPlace\n    medicalInsured\n    pensionInsured\n    familyDoctor\n    version\n  }\n"): (typeof documents)["\n  fragment MemberRow on Person {\n    id\n    name\n    idNumber\n    gender\n    birthYear\n    relation\n    health\n    education\n    labourSkill\n    workStatus\n    workPlace\n    medicalInsured\n    pensionInsured\n    familyDoctor\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HouseholdYearRow on HouseholdYear {\n    year\n    wageIncome\n    operatingIncome\n    propertyIncome\n    transferIncome\n    compliantExpenses\n    totalIncome\n    memberCount\n    netIncomePerPerson\n    monitoringLine\n    belowLine\n    foodClothingSecure\n    educationSecure\n    medicalSecure\n    housingSecure\n    waterSecure\n    version\n  }\n"): (typeof documents)["\n  fragment HouseholdYearRow on HouseholdYear {\n    year\n    wageIncome\n    operatingIncome\n    propertyIncome\n    transferIncome\n    compliantExpenses\n    totalIncome\n    memberCount\n    netIncomePerPerson\n    monitoringLine\n    belowLine\n    foodClothingSecure\n    educationSecure\n    medicalSecure\n    housingSecure\n    waterSecure\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HouseholdList($filter: HouseholdFilter, $sort: HouseholdSort, $first: Int, $after: String) {\n    households(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...HouseholdRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query HouseholdList($filter: HouseholdFilter, $sort: HouseholdSort, $first: Int, $after: String) {\n    households(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...HouseholdRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HouseholdCursors($filter: HouseholdFilter, $sort: HouseholdSort, $first: Int, $after: String) {\n    households(filter: $filter, sort: $sort, first: $first, after: $after) {\n      edges {\n        cursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query HouseholdCursors($filter: HouseholdFilter, $sort: HouseholdSort, $first: Int, $after: String) {\n    households(filter: $filter, sort: $sort, first: $first, after: $after) {\n      edges {\n        cursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HouseholdDetail($id: ID!) {\n    household(id: $id) {\n      ...HouseholdRow\n      address\n      phone\n      version\n      updatedAt\n      members {\n        ...MemberRow\n      }\n      years {\n        ...HouseholdYearRow\n      }\n      cases {\n        id\n        code\n        type\n        status\n        greenChannel\n        openedOn\n        identifiedOn\n        closedOn\n        nextStepDueOn\n        overdue\n        nextStep {\n          code\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query HouseholdDetail($id: ID!) {\n    household(id: $id) {\n      ...HouseholdRow\n      address\n      phone\n      version\n      updatedAt\n      members {\n        ...MemberRow\n      }\n      years {\n        ...HouseholdYearRow\n      }\n      cases {\n        id\n        code\n        type\n        status\n        greenChannel\n        openedOn\n        identifiedOn\n        closedOn\n        nextStepDueOn\n        overdue\n        nextStep {\n          code\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateHousehold($input: CreateHouseholdInput!) {\n    createHousehold(input: $input) {\n      id\n      code\n      headName\n    }\n  }\n"): (typeof documents)["\n  mutation CreateHousehold($input: CreateHouseholdInput!) {\n    createHousehold(input: $input) {\n      id\n      code\n      headName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddPerson($householdId: ID!, $input: PersonInput!) {\n    addPerson(householdId: $householdId, input: $input) {\n      ...MemberRow\n    }\n  }\n"): (typeof documents)["\n  mutation AddPerson($householdId: ID!, $input: PersonInput!) {\n    addPerson(householdId: $householdId, input: $input) {\n      ...MemberRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordHouseholdYear($input: HouseholdYearInput!) {\n    recordHouseholdYear(input: $input) {\n      ...HouseholdYearRow\n    }\n  }\n"): (typeof documents)["\n  mutation RecordHouseholdYear($input: HouseholdYearInput!) {\n    recordHouseholdYear(input: $input) {\n      ...HouseholdYearRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevealIdNumber($personId: ID!, $purpose: String!) {\n    revealIdNumber(personId: $personId, purpose: $purpose)\n  }\n"): (typeof documents)["\n  mutation RevealIdNumber($personId: ID!, $purpose: String!) {\n    revealIdNumber(personId: $personId, purpose: $purpose)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevealHouseholdPhone($householdId: ID!, $purpose: String!) {\n    revealHouseholdPhone(householdId: $householdId, purpose: $purpose)\n  }\n"): (typeof documents)["\n  mutation RevealHouseholdPhone($householdId: ID!, $purpose: String!) {\n    revealHouseholdPhone(householdId: $householdId, purpose: $purpose)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ParkRow on IndustrialPark {\n    id\n    code\n    name\n    level\n    industry\n    operatorName\n    operatorKind\n    investment\n    jobs\n    establishedYear\n    linkedHouseholds\n    town {\n      code\n      name\n    }\n    villages {\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ParkRow on IndustrialPark {\n    id\n    code\n    name\n    level\n    industry\n    operatorName\n    operatorKind\n    investment\n    jobs\n    establishedYear\n    linkedHouseholds\n    town {\n      code\n      name\n    }\n    villages {\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ParkYearRow on ParkYear {\n    year\n    outputValue\n    dividends\n    liftedJobs\n    version\n  }\n"): (typeof documents)["\n  fragment ParkYearRow on ParkYear {\n    year\n    outputValue\n    dividends\n    liftedJobs\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IndustryGroupRow on IndustryGroup {\n    key\n    label\n    parks\n    linkedHouseholds\n    linkedHouseholdsShown {\n      display\n    }\n    incomeGained\n    suppressed\n    investment\n    jobs\n  }\n"): (typeof documents)["\n  fragment IndustryGroupRow on IndustryGroup {\n    key\n    label\n    parks\n    linkedHouseholds\n    linkedHouseholdsShown {\n      display\n    }\n    incomeGained\n    suppressed\n    investment\n    jobs\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ParkList($filter: IndustrialParkFilter, $sort: IndustrialParkSort, $first: Int, $after: String) {\n    industrialParks(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ParkRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ParkList($filter: IndustrialParkFilter, $sort: IndustrialParkSort, $first: Int, $after: String) {\n    industrialParks(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ParkRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ParkCursors($filter: IndustrialParkFilter, $sort: IndustrialParkSort, $first: Int, $after: String) {\n    industrialParks(filter: $filter, sort: $sort, first: $first, after: $after) {\n      edges {\n        cursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query ParkCursors($filter: IndustrialParkFilter, $sort: IndustrialParkSort, $first: Int, $after: String) {\n    industrialParks(filter: $filter, sort: $sort, first: $first, after: $after) {\n      edges {\n        cursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ParkDetail($id: ID!) {\n    industrialPark(id: $id) {\n      ...ParkRow\n      areaMu\n      incomeGained\n      version\n      createdAt\n      updatedAt\n      years {\n        ...ParkYearRow\n      }\n      investments {\n        id\n        year\n        amount\n        description\n        enterprise {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ParkDetail($id: ID!) {\n    industrialPark(id: $id) {\n      ...ParkRow\n      areaMu\n      incomeGained\n      version\n      createdAt\n      updatedAt\n      years {\n        ...ParkYearRow\n      }\n      investments {\n        id\n        year\n        amount\n        description\n        enterprise {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ParkEdit($id: ID!) {\n    industrialPark(id: $id) {\n      id\n      code\n      name\n      version\n      level\n      industry\n      operatorName\n      operatorKind\n      areaMu\n      investment\n      jobs\n      establishedYear\n      town {\n        code\n      }\n      villages {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  query ParkEdit($id: ID!) {\n    industrialPark(id: $id) {\n      id\n      code\n      name\n      version\n      level\n      industry\n      operatorName\n      operatorKind\n      areaMu\n      investment\n      jobs\n      establishedYear\n      town {\n        code\n      }\n      villages {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateIndustrialPark($input: CreateIndustrialParkInput!) {\n    createIndustrialPark(input: $input) {\n      id\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation CreateIndustrialPark($input: CreateIndustrialParkInput!) {\n    createIndustrialPark(input: $input) {\n      id\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateIndustrialPark($id: ID!, $input: UpdateIndustrialParkInput!) {\n    updateIndustrialPark(id: $id, input: $input) {\n      ...ParkRow\n      areaMu\n      version\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateIndustrialPark($id: ID!, $input: UpdateIndustrialParkInput!) {\n    updateIndustrialPark(id: $id, input: $input) {\n      ...ParkRow\n      areaMu\n      version\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordParkYear($input: ParkYearInput!) {\n    recordParkYear(input: $input) {\n      ...ParkYearRow\n    }\n  }\n"): (typeof documents)["\n  mutation RecordParkYear($input: ParkYearInput!) {\n    recordParkYear(input: $input) {\n      ...ParkYearRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BenefitLinkRow on BenefitLink {\n    id\n    mode\n    year\n    incomeGained\n    note\n  }\n"): (typeof documents)["\n  fragment BenefitLinkRow on BenefitLink {\n    id\n    mode\n    year\n    incomeGained\n    note\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ParkBenefitLinks($filter: BenefitLinkFilter, $withHousehold: Boolean!, $first: Int, $after: String) {\n    benefitLinks(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...BenefitLinkRow\n          household @include(if: $withHousehold) {\n            id\n            code\n            headName\n            village {\n              code\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ParkBenefitLinks($filter: BenefitLinkFilter, $withHousehold: Boolean!, $first: Int, $after: String) {\n    benefitLinks(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...BenefitLinkRow\n          household @include(if: $withHousehold) {\n            id\n            code\n            headName\n            village {\n              code\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ParkBenefitLinkCursors($filter: BenefitLinkFilter, $withHousehold: Boolean!, $first: Int, $after: String) {\n    benefitLinks(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          household @include(if: $withHousehold) {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ParkBenefitLinkCursors($filter: BenefitLinkFilter, $withHousehold: Boolean!, $first: Int, $after: String) {\n    benefitLinks(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          household @include(if: $withHousehold) {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LinkHouseholdOptions($townCode: ID!, $search: String) {\n    households(filter: { townCode: $townCode, search: $search }, first: 20) {\n      edges {\n        node {\n          id\n          code\n          headName\n          village {\n            code\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LinkHouseholdOptions($townCode: ID!, $search: String) {\n    households(filter: { townCode: $townCode, search: $search }, first: 20) {\n      edges {\n        node {\n          id\n          code\n          headName\n          village {\n            code\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddBenefitLink($input: BenefitLinkInput!) {\n    addBenefitLink(input: $input) {\n      ...BenefitLinkRow\n    }\n  }\n"): (typeof documents)["\n  mutation AddBenefitLink($input: BenefitLinkInput!) {\n    addBenefitLink(input: $input) {\n      ...BenefitLinkRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IndustryOverview($year: Int) {\n    industrySummary(year: $year) {\n      year\n      total {\n        ...IndustryGroupRow\n      }\n      byIndustry {\n        ...IndustryGroupRow\n      }\n      byTown {\n        ...IndustryGroupRow\n      }\n    }\n  }\n"): (typeof documents)["\n  query IndustryOverview($year: Int) {\n    industrySummary(year: $year) {\n      year\n      total {\n        ...IndustryGroupRow\n      }\n      byIndustry {\n        ...IndustryGroupRow\n      }\n      byTown {\n        ...IndustryGroupRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EnterpriseInvestmentRow on EnterpriseInvestment {\n    id\n    year\n    amount\n    description\n    park {\n      id\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment EnterpriseInvestmentRow on EnterpriseInvestment {\n    id\n    year\n    amount\n    description\n    park {\n      id\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EastWest($withProjects: Boolean!) {\n    eastWestSummary {\n      enterprises\n      investment\n      jobs\n      liftedJobs\n    }\n    partnerEnterprises {\n      id\n      name\n      origin\n      sector\n      settledYear\n      jobs\n      liftedJobs\n      version\n      totalInvestment\n      investments {\n        ...EnterpriseInvestmentRow\n        project @include(if: $withProjects) {\n          ...ProjectRef\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EastWest($withProjects: Boolean!) {\n    eastWestSummary {\n      enterprises\n      investment\n      jobs\n      liftedJobs\n    }\n    partnerEnterprises {\n      id\n      name\n      origin\n      sector\n      settledYear\n      jobs\n      liftedJobs\n      version\n      totalInvestment\n      investments {\n        ...EnterpriseInvestmentRow\n        project @include(if: $withProjects) {\n          ...ProjectRef\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePartnerEnterprise($input: PartnerEnterpriseInput!) {\n    createPartnerEnterprise(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePartnerEnterprise($input: PartnerEnterpriseInput!) {\n    createPartnerEnterprise(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePartnerEnterprise($id: ID!, $input: PartnerEnterpriseInput!) {\n    updatePartnerEnterprise(id: $id, input: $input) {\n      id\n      name\n      origin\n      sector\n      settledYear\n      jobs\n      liftedJobs\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePartnerEnterprise($id: ID!, $input: PartnerEnterpriseInput!) {\n    updatePartnerEnterprise(id: $id, input: $input) {\n      id\n      name\n      origin\n      sector\n      settledYear\n      jobs\n      liftedJobs\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordEnterpriseInvestment($input: EnterpriseInvestmentInput!) {\n    recordEnterpriseInvestment(input: $input) {\n      id\n      amount\n    }\n  }\n"): (typeof documents)["\n  mutation RecordEnterpriseInvestment($input: EnterpriseInvestmentInput!) {\n    recordEnterpriseInvestment(input: $input) {\n      id\n      amount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvestmentParkOptions($search: String) {\n    industrialParks(filter: { search: $search }, first: 20) {\n      edges {\n        node {\n          id\n          code\n          name\n          town {\n            code\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query InvestmentParkOptions($search: String) {\n    industrialParks(filter: { search: $search }, first: 20) {\n      edges {\n        node {\n          id\n          code\n          name\n          town {\n            code\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvestmentProjectOptions($search: String) {\n    projects(filter: { search: $search }, first: 20) {\n      edges {\n        node {\n          ...ProjectRef\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query InvestmentProjectOptions($search: String) {\n    projects(filter: { search: $search }, first: 20) {\n      edges {\n        node {\n          ...ProjectRef\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MonitoringStepFields on MonitoringStep {\n    position\n    code\n    name\n    actor\n    timeLimitDays\n    minimumDays\n    canReject\n    recordsNotice\n    requiredAttachments\n  }\n"): (typeof documents)["\n  fragment MonitoringStepFields on MonitoringStep {\n    position\n    code\n    name\n    actor\n    timeLimitDays\n    minimumDays\n    canReject\n    recordsNotice\n    requiredAttachments\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseRow on MonitoringCase {\n    id\n    code\n    type\n    channel\n    status\n    greenChannel\n    riskKinds\n    openedOn\n    nextStepDueOn\n    overdue\n    household {\n      id\n      code\n      headName\n    }\n    town {\n      code\n      name\n    }\n    village {\n      code\n      name\n    }\n    nextStep {\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment CaseRow on MonitoringCase {\n    id\n    code\n    type\n    channel\n    status\n    greenChannel\n    riskKinds\n    openedOn\n    nextStepDueOn\n    overdue\n    household {\n      id\n      code\n      headName\n    }\n    town {\n      code\n      name\n    }\n    village {\n      code\n      name\n    }\n    nextStep {\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MonitoringCaseList($filter: MonitoringCaseFilter, $sort: MonitoringCaseSort, $first: Int, $after: String) {\n    monitoringCases(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...CaseRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MonitoringCaseList($filter: MonitoringCaseFilter, $sort: MonitoringCaseSort, $first: Int, $after: String) {\n    monitoringCases(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...CaseRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MonitoringCaseCursors($filter: MonitoringCaseFilter, $sort: MonitoringCaseSort, $first: Int, $after: String) {\n    monitoringCases(filter: $filter, sort: $sort, first: $first, after: $after) {\n      edges {\n        cursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query MonitoringCaseCursors($filter: MonitoringCaseFilter, $sort: MonitoringCaseSort, $first: Int, $after: String) {\n    monitoringCases(filter: $filter, sort: $sort, first: $first, after: $after) {\n      edges {\n        cursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MonitoringCaseDetail($id: ID!) {\n    monitoringCase(id: $id) {\n      ...CaseRow\n      reason\n      completedSteps\n      identifiedOn\n      closedOn\n      version\n      updatedAt\n      procedure {\n        id\n        code\n        name\n        totalWorkingDays\n        steps {\n          ...MonitoringStepFields\n        }\n      }\n      nextStep {\n        ...MonitoringStepFields\n      }\n      steps {\n        id\n        position\n        stepCode\n        outcome\n        actedOn\n        dueOn\n        late\n        actorName\n        note\n        noticeStart\n        noticeEnd\n      }\n      attachments {\n        id\n        kind\n        fileName\n        size\n        stepId\n        url\n      }\n      assistance {\n        id\n        kind\n        description\n        responsiblePerson\n        responsibleUnit\n        startOn\n        endOn\n        amount\n        beforeIdentification\n      }\n      elimination {\n        method\n        eliminatedOn\n        incomeYear\n        netIncomePerPerson\n        monitoringLine\n        note\n        recordedBy\n      }\n      followUps {\n        id\n        visitedOn\n        visitor\n        stable\n        finding\n      }\n    }\n  }\n"): (typeof documents)["\n  query MonitoringCaseDetail($id: ID!) {\n    monitoringCase(id: $id) {\n      ...CaseRow\n      reason\n      completedSteps\n      identifiedOn\n      closedOn\n      version\n      updatedAt\n      procedure {\n        id\n        code\n        name\n        totalWorkingDays\n        steps {\n          ...MonitoringStepFields\n        }\n      }\n      nextStep {\n        ...MonitoringStepFields\n      }\n      steps {\n        id\n        position\n        stepCode\n        outcome\n        actedOn\n        dueOn\n        late\n        actorName\n        note\n        noticeStart\n        noticeEnd\n      }\n      attachments {\n        id\n        kind\n        fileName\n        size\n        stepId\n        url\n      }\n      assistance {\n        id\n        kind\n        description\n        responsiblePerson\n        responsibleUnit\n        startOn\n        endOn\n        amount\n        beforeIdentification\n      }\n      elimination {\n        method\n        eliminatedOn\n        incomeYear\n        netIncomePerPerson\n        monitoringLine\n        note\n        recordedBy\n      }\n      followUps {\n        id\n        visitedOn\n        visitor\n        stable\n        finding\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MonitoringProcedures {\n    monitoringProcedures {\n      id\n      name\n      effectiveFrom\n      steps {\n        position\n        code\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query MonitoringProcedures {\n    monitoringProcedures {\n      id\n      name\n      effectiveFrom\n      steps {\n        position\n        code\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MonitoringBoard($townCode: ID, $perColumn: Int!) {\n    monitoringBoard(townCode: $townCode, perColumn: $perColumn) {\n      step {\n        ...MonitoringStepFields\n      }\n      count\n      overdueCount\n      cases {\n        id\n        code\n        type\n        greenChannel\n        nextStepDueOn\n        overdue\n        household {\n          id\n          headName\n        }\n        town {\n          code\n          name\n        }\n        village {\n          code\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MonitoringBoard($townCode: ID, $perColumn: Int!) {\n    monitoringBoard(townCode: $townCode, perColumn: $perColumn) {\n      step {\n        ...MonitoringStepFields\n      }\n      count\n      overdueCount\n      cases {\n        id\n        code\n        type\n        greenChannel\n        nextStepDueOn\n        overdue\n        household {\n          id\n          headName\n        }\n        town {\n          code\n          name\n        }\n        village {\n          code\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MonitoringWarningRow on MonitoringWarning {\n    id\n    rule\n    message\n    since\n    days\n    stepCode\n    dueOn\n    year\n    netIncomePerPerson\n    monitoringLine\n    town {\n      code\n      name\n    }\n    village {\n      code\n      name\n    }\n    household {\n      id\n      code\n      headName\n    }\n    monitoringCase {\n      id\n      code\n      status\n    }\n  }\n"): (typeof documents)["\n  fragment MonitoringWarningRow on MonitoringWarning {\n    id\n    rule\n    message\n    since\n    days\n    stepCode\n    dueOn\n    year\n    netIncomePerPerson\n    monitoringLine\n    town {\n      code\n      name\n    }\n    village {\n      code\n      name\n    }\n    household {\n      id\n      code\n      headName\n    }\n    monitoringCase {\n      id\n      code\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MonitoringWarningList($filter: MonitoringWarningFilter, $first: Int, $after: String) {\n    monitoringWarnings(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...MonitoringWarningRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MonitoringWarningList($filter: MonitoringWarningFilter, $first: Int, $after: String) {\n    monitoringWarnings(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...MonitoringWarningRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MonitoringWarningCursors($filter: MonitoringWarningFilter, $first: Int, $after: String) {\n    monitoringWarnings(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query MonitoringWarningCursors($filter: MonitoringWarningFilter, $first: Int, $after: String) {\n    monitoringWarnings(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VillageNotice($villageCode: ID!) {\n    villageNotice(villageCode: $villageCode) {\n      title\n      townName\n      villageName\n      generatedOn\n      noticeStart\n      noticeEnd\n      minimumDays\n      entries {\n        headName\n        groupName\n        memberCount\n        type\n        reasons\n      }\n      footer\n    }\n  }\n"): (typeof documents)["\n  query VillageNotice($villageCode: ID!) {\n    villageNotice(villageCode: $villageCode) {\n      title\n      townName\n      villageName\n      generatedOn\n      noticeStart\n      noticeEnd\n      minimumDays\n      entries {\n        headName\n        groupName\n        memberCount\n        type\n        reasons\n      }\n      footer\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenMonitoringCase($input: OpenMonitoringCaseInput!) {\n    openMonitoringCase(input: $input) {\n      id\n      code\n    }\n  }\n"): (typeof documents)["\n  mutation OpenMonitoringCase($input: OpenMonitoringCaseInput!) {\n    openMonitoringCase(input: $input) {\n      id\n      code\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordMonitoringStep($input: RecordMonitoringStepInput!) {\n    recordMonitoringStep(input: $input) {\n      id\n      status\n      completedSteps\n      nextStepDueOn\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation RecordMonitoringStep($input: RecordMonitoringStepInput!) {\n    recordMonitoringStep(input: $input) {\n      id\n      status\n      completedSteps\n      nextStepDueOn\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddAssistanceMeasure($input: AssistanceMeasureInput!) {\n    addAssistanceMeasure(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddAssistanceMeasure($input: AssistanceMeasureInput!) {\n    addAssistanceMeasure(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EliminateRisk($input: EliminateRiskInput!) {\n    eliminateRisk(input: $input) {\n      id\n      status\n      closedOn\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation EliminateRisk($input: EliminateRiskInput!) {\n    eliminateRisk(input: $input) {\n      id\n      status\n      closedOn\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordFollowUpVisit($input: FollowUpVisitInput!) {\n    recordFollowUpVisit(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RecordFollowUpVisit($input: FollowUpVisitInput!) {\n    recordFollowUpVisit(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectFundSourceOptions {\n    fundSources(first: 100) {\n      edges {\n        node {\n          ...FundSourceOption\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProjectFundSourceOptions {\n    fundSources(first: 100) {\n      edges {\n        node {\n          ...FundSourceOption\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProjectSummary on Project {\n    ...ProjectRef\n    year\n    category\n    industry\n    status\n    town {\n      code\n      name\n    }\n    village {\n      code\n      name\n    }\n    allocatedAmount\n    disbursedAmount\n    executionRate\n  }\n"): (typeof documents)["\n  fragment ProjectSummary on Project {\n    ...ProjectRef\n    year\n    category\n    industry\n    status\n    town {\n      code\n      name\n    }\n    village {\n      code\n      name\n    }\n    allocatedAmount\n    disbursedAmount\n    executionRate\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProjectFields on Project {\n    name\n    year\n    category\n    industry\n    constructionType\n    town {\n      code\n    }\n    village {\n      code\n    }\n    responsibleUnit\n    tasks\n    plannedStart\n    plannedEnd\n    approvalDocNo\n    beneficiaryHouseholds\n    beneficiaryPersons\n    liftedHouseholds\n    liftedPersons\n    benefitMechanism\n  }\n"): (typeof documents)["\n  fragment ProjectFields on Project {\n    name\n    year\n    category\n    industry\n    constructionType\n    town {\n      code\n    }\n    village {\n      code\n    }\n    responsibleUnit\n    tasks\n    plannedStart\n    plannedEnd\n    approvalDocNo\n    beneficiaryHouseholds\n    beneficiaryPersons\n    liftedHouseholds\n    liftedPersons\n    benefitMechanism\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectList($filter: ProjectFilter, $sort: ProjectSort, $first: Int, $after: String) {\n    projects(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ProjectSummary\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProjectList($filter: ProjectFilter, $sort: ProjectSort, $first: Int, $after: String) {\n    projects(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ProjectSummary\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectCursors($filter: ProjectFilter, $sort: ProjectSort, $first: Int, $after: String) {\n    projects(filter: $filter, sort: $sort, first: $first, after: $after) {\n      edges {\n        cursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProjectCursors($filter: ProjectFilter, $sort: ProjectSort, $first: Int, $after: String) {\n    projects(filter: $filter, sort: $sort, first: $first, after: $after) {\n      edges {\n        cursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectDetail($id: ID!) {\n    project(id: $id) {\n      ...ProjectSummary\n      ...ProjectFields\n      nextStatus\n      version\n      createdAt\n      updatedAt\n      allocations {\n        ...AllocationRow\n        fundSource {\n          level\n        }\n        disbursements {\n          ...DisbursementRow\n        }\n      }\n      performanceTargets {\n        id\n        level\n        subLevel\n        indicator\n        operator\n        targetValue\n        unit\n        actualValue\n        score\n      }\n      statusHistory {\n        id\n        fromStatus\n        toStatus\n        effectiveOn\n        note\n        changedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProjectDetail($id: ID!) {\n    project(id: $id) {\n      ...ProjectSummary\n      ...ProjectFields\n      nextStatus\n      version\n      createdAt\n      updatedAt\n      allocations {\n        ...AllocationRow\n        fundSource {\n          level\n        }\n        disbursements {\n          ...DisbursementRow\n        }\n      }\n      performanceTargets {\n        id\n        level\n        subLevel\n        indicator\n        operator\n        targetValue\n        unit\n        actualValue\n        score\n      }\n      statusHistory {\n        id\n        fromStatus\n        toStatus\n        effectiveOn\n        note\n        changedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectEdit($id: ID!) {\n    project(id: $id) {\n      id\n      code\n      version\n      ...ProjectFields\n    }\n  }\n"): (typeof documents)["\n  query ProjectEdit($id: ID!) {\n    project(id: $id) {\n      id\n      code\n      version\n      ...ProjectFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      id\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation CreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      id\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProject($id: ID!, $input: UpdateProjectInput!) {\n    updateProject(id: $id, input: $input) {\n      id\n      version\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProject($id: ID!, $input: UpdateProjectInput!) {\n    updateProject(id: $id, input: $input) {\n      id\n      version\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdvanceProjectStatus($input: AdvanceProjectStatusInput!) {\n    advanceProjectStatus(input: $input) {\n      id\n      status\n      nextStatus\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation AdvanceProjectStatus($input: AdvanceProjectStatusInput!) {\n    advanceProjectStatus(input: $input) {\n      id\n      status\n      nextStatus\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CadreFields on Cadre {\n    id\n    name\n    title\n    unit {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment CadreFields on Cadre {\n    id\n    name\n    title\n    unit {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WorkTeamRow on WorkTeam {\n    id\n    name\n    formedOn\n    dissolvedOn\n    memberCount\n    version\n    town {\n      code\n      name\n    }\n    village {\n      code\n      name\n    }\n    leadUnit {\n      id\n      name\n      kind\n    }\n  }\n"): (typeof documents)["\n  fragment WorkTeamRow on WorkTeam {\n    id\n    name\n    formedOn\n    dissolvedOn\n    memberCount\n    version\n    town {\n      code\n      name\n    }\n    village {\n      code\n      name\n    }\n    leadUnit {\n      id\n      name\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TeamMemberRow on WorkTeamMember {\n    id\n    role\n    startedOn\n    endedOn\n    endReason\n    version\n    cadre {\n      ...CadreFields\n    }\n  }\n"): (typeof documents)["\n  fragment TeamMemberRow on WorkTeamMember {\n    id\n    role\n    startedOn\n    endedOn\n    endReason\n    version\n    cadre {\n      ...CadreFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FirstSecretaryRow on FirstSecretary {\n    id\n    startedOn\n    endedOn\n    endReason\n    version\n    cadre {\n      ...CadreFields\n    }\n    town {\n      code\n      name\n    }\n    village {\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment FirstSecretaryRow on FirstSecretary {\n    id\n    startedOn\n    endedOn\n    endReason\n    version\n    cadre {\n      ...CadreFields\n    }\n    town {\n      code\n      name\n    }\n    village {\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkTeamList($filter: StationingFilter, $first: Int, $after: String) {\n    workTeams(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...WorkTeamRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WorkTeamList($filter: StationingFilter, $first: Int, $after: String) {\n    workTeams(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...WorkTeamRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkTeamCursors($filter: StationingFilter, $first: Int, $after: String) {\n    workTeams(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query WorkTeamCursors($filter: StationingFilter, $first: Int, $after: String) {\n    workTeams(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkTeamDetail($id: ID!) {\n    workTeam(id: $id) {\n      ...WorkTeamRow\n      members(current: false) {\n        ...TeamMemberRow\n      }\n    }\n  }\n"): (typeof documents)["\n  query WorkTeamDetail($id: ID!) {\n    workTeam(id: $id) {\n      ...WorkTeamRow\n      members(current: false) {\n        ...TeamMemberRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FirstSecretaryList($filter: StationingFilter, $first: Int, $after: String) {\n    firstSecretaries(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...FirstSecretaryRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FirstSecretaryList($filter: StationingFilter, $first: Int, $after: String) {\n    firstSecretaries(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...FirstSecretaryRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FirstSecretaryCursors($filter: StationingFilter, $first: Int, $after: String) {\n    firstSecretaries(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query FirstSecretaryCursors($filter: StationingFilter, $first: Int, $after: String) {\n    firstSecretaries(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VillageSecretaries($villageCode: ID!) {\n    firstSecretaries(filter: { villageCode: $villageCode }, first: 100) {\n      totalCount\n      edges {\n        node {\n          ...FirstSecretaryRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query VillageSecretaries($villageCode: ID!) {\n    firstSecretaries(filter: { villageCode: $villageCode }, first: 100) {\n      totalCount\n      edges {\n        node {\n          ...FirstSecretaryRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StationingCoverage($townCode: ID) {\n    stationingCoverage(townCode: $townCode) {\n      categories\n      covered\n      withTeam\n      withFirstSecretary\n      towns {\n        townCode\n        townName\n        covered\n        withTeam\n        withFirstSecretary\n        villages {\n          villageCode\n          villageName\n          categories\n          hasTeam\n          teamId\n          members\n          hasFirstSecretary\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StationingCoverage($townCode: ID) {\n    stationingCoverage(townCode: $townCode) {\n      categories\n      covered\n      withTeam\n      withFirstSecretary\n      towns {\n        townCode\n        townName\n        covered\n        withTeam\n        withFirstSecretary\n        villages {\n          villageCode\n          villageName\n          categories\n          hasTeam\n          teamId\n          members\n          hasFirstSecretary\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StationingHeadline {\n    stationingSummary {\n      firstSecretaries\n      workTeams\n      members\n    }\n    stationingCoverage {\n      covered\n      withTeam\n      withFirstSecretary\n    }\n  }\n"): (typeof documents)["\n  query StationingHeadline {\n    stationingSummary {\n      firstSecretaries\n      workTeams\n      members\n    }\n    stationingCoverage {\n      covered\n      withTeam\n      withFirstSecretary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DispatchingUnits {\n    dispatchingUnits {\n      id\n      name\n      kind\n    }\n  }\n"): (typeof documents)["\n  query DispatchingUnits {\n    dispatchingUnits {\n      id\n      name\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CadreOptions($filter: CadreFilter) {\n    cadres(filter: $filter, first: 20) {\n      totalCount\n      edges {\n        node {\n          ...CadreFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CadreOptions($filter: CadreFilter) {\n    cadres(filter: $filter, first: 20) {\n      totalCount\n      edges {\n        node {\n          ...CadreFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateWorkTeam($input: CreateWorkTeamInput!) {\n    createWorkTeam(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation CreateWorkTeam($input: CreateWorkTeamInput!) {\n    createWorkTeam(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddWorkTeamMember($input: AddWorkTeamMemberInput!) {\n    addWorkTeamMember(input: $input) {\n      ...TeamMemberRow\n    }\n  }\n"): (typeof documents)["\n  mutation AddWorkTeamMember($input: AddWorkTeamMemberInput!) {\n    addWorkTeamMember(input: $input) {\n      ...TeamMemberRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndWorkTeamMember($input: EndTermInput!) {\n    endWorkTeamMember(input: $input) {\n      ...TeamMemberRow\n    }\n  }\n"): (typeof documents)["\n  mutation EndWorkTeamMember($input: EndTermInput!) {\n    endWorkTeamMember(input: $input) {\n      ...TeamMemberRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DissolveWorkTeam($input: DissolveWorkTeamInput!) {\n    dissolveWorkTeam(input: $input) {\n      ...WorkTeamRow\n    }\n  }\n"): (typeof documents)["\n  mutation DissolveWorkTeam($input: DissolveWorkTeamInput!) {\n    dissolveWorkTeam(input: $input) {\n      ...WorkTeamRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AppointFirstSecretary($input: AppointFirstSecretaryInput!) {\n    appointFirstSecretary(input: $input) {\n      ...FirstSecretaryRow\n    }\n  }\n"): (typeof documents)["\n  mutation AppointFirstSecretary($input: AppointFirstSecretaryInput!) {\n    appointFirstSecretary(input: $input) {\n      ...FirstSecretaryRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndFirstSecretaryTerm($input: EndTermInput!) {\n    endFirstSecretaryTerm(input: $input) {\n      ...FirstSecretaryRow\n    }\n  }\n"): (typeof documents)["\n  mutation EndFirstSecretaryTerm($input: EndTermInput!) {\n    endFirstSecretaryTerm(input: $input) {\n      ...FirstSecretaryRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SupervisionTaskRow on SupervisionTask {\n    id\n    code\n    status\n    finding\n    foundOn\n    assignedUnit\n    deadline\n    overdue\n    rectification\n    rectifiedOn\n    recheckNote\n    recheckedOn\n    failedRechecks\n    closedOn\n    version\n    group {\n      id\n      name\n    }\n    town {\n      code\n      name\n    }\n    village {\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment SupervisionTaskRow on SupervisionTask {\n    id\n    code\n    status\n    finding\n    foundOn\n    assignedUnit\n    deadline\n    overdue\n    rectification\n    rectifiedOn\n    recheckNote\n    recheckedOn\n    failedRechecks\n    closedOn\n    version\n    group {\n      id\n      name\n    }\n    town {\n      code\n      name\n    }\n    village {\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupervisionTaskList($filter: SupervisionTaskFilter, $first: Int, $after: String) {\n    supervisionTasks(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...SupervisionTaskRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SupervisionTaskList($filter: SupervisionTaskFilter, $first: Int, $after: String) {\n    supervisionTasks(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...SupervisionTaskRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupervisionTaskCursors($filter: SupervisionTaskFilter, $first: Int, $after: String) {\n    supervisionTasks(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query SupervisionTaskCursors($filter: SupervisionTaskFilter, $first: Int, $after: String) {\n    supervisionTasks(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupervisionTask($id: ID!) {\n    supervisionTask(id: $id) {\n      ...SupervisionTaskRow\n    }\n  }\n"): (typeof documents)["\n  query SupervisionTask($id: ID!) {\n    supervisionTask(id: $id) {\n      ...SupervisionTaskRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupervisionGroups {\n    supervisionGroups {\n      id\n      name\n      leaderName\n      towns {\n        code\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query SupervisionGroups {\n    supervisionGroups {\n      id\n      name\n      leaderName\n      towns {\n        code\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupervisionSummary {\n    supervisionSummary {\n      groups\n      tasks\n      assigned\n      rectified\n      closed\n      overdue\n      byGroup {\n        group {\n          id\n          name\n        }\n        tasks\n        assigned\n        rectified\n        closed\n        overdue\n      }\n    }\n  }\n"): (typeof documents)["\n  query SupervisionSummary {\n    supervisionSummary {\n      groups\n      tasks\n      assigned\n      rectified\n      closed\n      overdue\n      byGroup {\n        group {\n          id\n          name\n        }\n        tasks\n        assigned\n        rectified\n        closed\n        overdue\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignSupervisionTask($input: AssignSupervisionTaskInput!) {\n    assignSupervisionTask(input: $input) {\n      ...SupervisionTaskRow\n    }\n  }\n"): (typeof documents)["\n  mutation AssignSupervisionTask($input: AssignSupervisionTaskInput!) {\n    assignSupervisionTask(input: $input) {\n      ...SupervisionTaskRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RectifySupervisionTask($input: RectifySupervisionTaskInput!) {\n    rectifySupervisionTask(input: $input) {\n      ...SupervisionTaskRow\n    }\n  }\n"): (typeof documents)["\n  mutation RectifySupervisionTask($input: RectifySupervisionTaskInput!) {\n    rectifySupervisionTask(input: $input) {\n      ...SupervisionTaskRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecheckSupervisionTask($input: RecheckSupervisionTaskInput!) {\n    recheckSupervisionTask(input: $input) {\n      ...SupervisionTaskRow\n    }\n  }\n"): (typeof documents)["\n  mutation RecheckSupervisionTask($input: RecheckSupervisionTaskInput!) {\n    recheckSupervisionTask(input: $input) {\n      ...SupervisionTaskRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DemonstrationVillageRow on Village {\n    code\n    name\n    categories\n    town {\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment DemonstrationVillageRow on Village {\n    code\n    name\n    categories\n    town {\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemonstrationVillages($filter: VillageFilter, $first: Int, $after: String) {\n    villages(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...DemonstrationVillageRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DemonstrationVillages($filter: VillageFilter, $first: Int, $after: String) {\n    villages(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...DemonstrationVillageRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemonstrationVillageCursors($filter: VillageFilter, $first: Int, $after: String) {\n    villages(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query DemonstrationVillageCursors($filter: VillageFilter, $first: Int, $after: String) {\n    villages(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApiTokenRow on ApiToken {\n    id\n    name\n    kind\n    datasets\n    towns {\n      code\n      name\n    }\n    aggregatesOnly\n    prefix\n    expiresAt\n    revokedAt\n    lastUsedAt\n    createdAt\n    createdBy {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment ApiTokenRow on ApiToken {\n    id\n    name\n    kind\n    datasets\n    towns {\n      code\n      name\n    }\n    aggregatesOnly\n    prefix\n    expiresAt\n    revokedAt\n    lastUsedAt\n    createdAt\n    createdBy {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiTokenList($includeRevoked: Boolean!, $first: Int, $after: String) {\n    apiTokens(includeRevoked: $includeRevoked, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ApiTokenRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ApiTokenList($includeRevoked: Boolean!, $first: Int, $after: String) {\n    apiTokens(includeRevoked: $includeRevoked, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ApiTokenRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiTokenCursors($includeRevoked: Boolean!, $first: Int, $after: String) {\n    apiTokens(includeRevoked: $includeRevoked, first: $first, after: $after) {\n      edges {\n        cursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query ApiTokenCursors($includeRevoked: Boolean!, $first: Int, $after: String) {\n    apiTokens(includeRevoked: $includeRevoked, first: $first, after: $after) {\n      edges {\n        cursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      secret\n      token {\n        ...ApiTokenRow\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      secret\n      token {\n        ...ApiTokenRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      ...ApiTokenRow\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      ...ApiTokenRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserRow on User {\n    id\n    username\n    displayName\n    role\n    town {\n      code\n      name\n    }\n    phone\n    disabled\n    mustChangePassword\n    lockedUntil\n    lastSignInAt\n    createdAt\n    version\n  }\n"): (typeof documents)["\n  fragment UserRow on User {\n    id\n    username\n    displayName\n    role\n    town {\n      code\n      name\n    }\n    phone\n    disabled\n    mustChangePassword\n    lockedUntil\n    lastSignInAt\n    createdAt\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UserList($filter: UserFilter, $first: Int, $after: String) {\n    users(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...UserRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query UserList($filter: UserFilter, $first: Int, $after: String) {\n    users(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...UserRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UserCursors($filter: UserFilter, $first: Int, $after: String) {\n    users(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query UserCursors($filter: UserFilter, $first: Int, $after: String) {\n    users(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserRow\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      ...UserRow\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      ...UserRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetUserPassword($id: ID!, $input: ResetPasswordInput!) {\n    resetUserPassword(id: $id, input: $input) {\n      ...UserRow\n    }\n  }\n"): (typeof documents)["\n  mutation ResetUserPassword($id: ID!, $input: ResetPasswordInput!) {\n    resetUserPassword(id: $id, input: $input) {\n      ...UserRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnlockUser($id: ID!) {\n    unlockUser(id: $id) {\n      ...UserRow\n    }\n  }\n"): (typeof documents)["\n  mutation UnlockUser($id: ID!) {\n    unlockUser(id: $id) {\n      ...UserRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevealUserPhone($id: ID!, $purpose: String!) {\n    revealUserPhone(id: $id, purpose: $purpose)\n  }\n"): (typeof documents)["\n  mutation RevealUserPhone($id: ID!, $purpose: String!) {\n    revealUserPhone(id: $id, purpose: $purpose)\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;