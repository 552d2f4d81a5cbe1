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
    "\n  fragment ProjectRef on Project {\n    id\n    code\n    name\n  }\n": typeof types.ProjectRefFragmentDoc,
    "\n  fragment FundSourceRef on FundSource {\n    id\n    name\n    category\n  }\n": typeof types.FundSourceRefFragmentDoc,
    "\n  fragment FundSourceOption on FundSource {\n    ...FundSourceRef\n    year\n  }\n": typeof types.FundSourceOptionFragmentDoc,
    "\n  fragment AllocationAmounts on FundAllocation {\n    id\n    amount\n    disbursedAmount\n    remainingAmount\n  }\n": typeof types.AllocationAmountsFragmentDoc,
    "\n  fragment AllocationRow on FundAllocation {\n    ...AllocationAmounts\n    executionRate\n    disbursementCount\n    allocatedOn\n    documentNo\n    fundSource {\n      ...FundSourceRef\n    }\n  }\n": typeof types.AllocationRowFragmentDoc,
    "\n  fragment DisbursementRow on Disbursement {\n    id\n    paidOn\n    amount\n    voucherNo\n    payee\n    note\n    reverses {\n      id\n      voucherNo\n    }\n  }\n": typeof types.DisbursementRowFragmentDoc,
    "\n  fragment FundingSummaryFields on FundingSummary {\n    totals {\n      allocated\n      disbursed\n      executionRate\n      projectCount\n      startedProjectCount\n    }\n    rows {\n      key\n      label\n      allocated\n      disbursed\n      executionRate\n      projectCount\n    }\n  }\n": typeof types.FundingSummaryFieldsFragmentDoc,
    "\n  query DashboardSummary($year: Int!) {\n    systemInfo {\n      demoData\n      demoDataDescription\n    }\n    integrated: fundingSummary(year: $year, groupBy: TOWN) {\n      ...FundingSummaryFields\n    }\n    bridging: fundingSummary(year: $year, groupBy: TOWN, fundCategory: BRIDGING) {\n      ...FundingSummaryFields\n    }\n  }\n": typeof types.DashboardSummaryDocument,
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
    "\n  query Towns {\n    towns {\n      code\n      name\n      villages {\n        code\n        name\n      }\n    }\n  }\n": typeof types.TownsDocument,
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
};
const documents: Documents = {
    "\n  fragment ProjectRef on Project {\n    id\n    code\n    name\n  }\n": types.ProjectRefFragmentDoc,
    "\n  fragment FundSourceRef on FundSource {\n    id\n    name\n    category\n  }\n": types.FundSourceRefFragmentDoc,
    "\n  fragment FundSourceOption on FundSource {\n    ...FundSourceRef\n    year\n  }\n": types.FundSourceOptionFragmentDoc,
    "\n  fragment AllocationAmounts on FundAllocation {\n    id\n    amount\n    disbursedAmount\n    remainingAmount\n  }\n": types.AllocationAmountsFragmentDoc,
    "\n  fragment AllocationRow on FundAllocation {\n    ...AllocationAmounts\n    executionRate\n    disbursementCount\n    allocatedOn\n    documentNo\n    fundSource {\n      ...FundSourceRef\n    }\n  }\n": types.AllocationRowFragmentDoc,
    "\n  fragment DisbursementRow on Disbursement {\n    id\n    paidOn\n    amount\n    voucherNo\n    payee\n    note\n    reverses {\n      id\n      voucherNo\n    }\n  }\n": types.DisbursementRowFragmentDoc,
    "\n  fragment FundingSummaryFields on FundingSummary {\n    totals {\n      allocated\n      disbursed\n      executionRate\n      projectCount\n      startedProjectCount\n    }\n    rows {\n      key\n      label\n      allocated\n      disbursed\n      executionRate\n      projectCount\n    }\n  }\n": types.FundingSummaryFieldsFragmentDoc,
    "\n  query DashboardSummary($year: Int!) {\n    systemInfo {\n      demoData\n      demoDataDescription\n    }\n    integrated: fundingSummary(year: $year, groupBy: TOWN) {\n      ...FundingSummaryFields\n    }\n    bridging: fundingSummary(year: $year, groupBy: TOWN, fundCategory: BRIDGING) {\n      ...FundingSummaryFields\n    }\n  }\n": types.DashboardSummaryDocument,
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
    "\n  query Towns {\n    towns {\n      code\n      name\n      villages {\n        code\n        name\n      }\n    }\n  }\n": types.TownsDocument,
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
export function graphql(source: "\n  fragment FundingSummaryFields on FundingSummary {\n    totals {\n      allocated\n      disbursed\n      executionRate\n      projectCount\n      startedProjectCount\n    }\n    rows {\n      key\n      label\n      allocated\n      disbursed\n      executionRate\n      projectCount\n    }\n  }\n"): (typeof documents)["\n  fragment FundingSummaryFields on FundingSummary {\n    totals {\n      allocated\n      disbursed\n      executionRate\n      projectCount\n      startedProjectCount\n    }\n    rows {\n      key\n      label\n      allocated\n      disbursed\n      executionRate\n      projectCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardSummary($year: Int!) {\n    systemInfo {\n      demoData\n      demoDataDescription\n    }\n    integrated: fundingSummary(year: $year, groupBy: TOWN) {\n      ...FundingSummaryFields\n    }\n    bridging: fundingSummary(year: $year, groupBy: TOWN, fundCategory: BRIDGING) {\n      ...FundingSummaryFields\n    }\n  }\n"): (typeof documents)["\n  query DashboardSummary($year: Int!) {\n    systemInfo {\n      demoData\n      demoDataDescription\n    }\n    integrated: fundingSummary(year: $year, groupBy: TOWN) {\n      ...FundingSummaryFields\n    }\n    bridging: fundingSummary(year: $year, groupBy: TOWN, fundCategory: BRIDGING) {\n      ...FundingSummaryFields\n    }\n  }\n"];
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
export function graphql(source: "\n  query Towns {\n    towns {\n      code\n      name\n      villages {\n        code\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query Towns {\n    towns {\n      code\n      name\n      villages {\n        code\n        name\n      }\n    }\n  }\n"];
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

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;