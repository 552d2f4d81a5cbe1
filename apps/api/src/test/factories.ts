import { randomBytes } from 'node:crypto';
import { expect } from 'vitest';
import type { Gql, GqlResult } from './harness';

/** Anything that sends GraphQL as a signed-in administrator: the in-process test API, or a client of a running one. */
export type Caller = { gql: Gql };

/**
 * Small factories that build test data through the API's own mutations, so every row a test
 * reads was written the way a clerk would write it.
 */

let sequence = 0;

/** A code no other row in this database uses (project, fund source, voucher). */
export function uniqueCode(prefix: string): string {
  sequence += 1;
  return `${prefix}-${randomBytes(3).toString('hex').toUpperCase()}-${sequence}`;
}

/** Real division codes from the seed data (汉滨区). */
export const LAO_CHENG = {
  code: '610902001',
  name: '老城街道',
  village: { code: '610902001003', name: '西大街社区' },
  otherVillage: { code: '610902001004', name: '培新街社区' },
};
export const XIN_CHENG = {
  code: '610902002',
  name: '新城街道',
  village: { code: '610902002001', name: '北门社区' },
};

export const PROJECT_FIELDS = `
  id code name year category industry constructionType status nextStatus responsibleUnit tasks
  plannedStart plannedEnd approvalDocNo beneficiaryHouseholds beneficiaryPersons liftedHouseholds liftedPersons
  benefitMechanism allocatedAmount disbursedAmount executionRate version createdAt updatedAt
  town { code name }
  village { code name }
  performanceTargets { level subLevel indicator operator targetValue unit actualValue score }
  statusHistory { fromStatus toStatus effectiveOn note }`;

export const ALLOCATION_FIELDS = `
  id amount disbursedAmount remainingAmount executionRate allocatedOn documentNo version disbursementCount
  project { id allocatedAmount disbursedAmount executionRate }
  fundSource { id name }`;

export const DISBURSEMENT_FIELDS = 'id amount paidOn voucherNo payee note reverses { id amount }';

export const CREATE_PROJECT = `mutation ($input: CreateProjectInput!) { createProject(input: $input) { ${PROJECT_FIELDS} } }`;
export const UPDATE_PROJECT = `mutation ($id: ID!, $input: UpdateProjectInput!) { updateProject(id: $id, input: $input) { ${PROJECT_FIELDS} } }`;
export const ADVANCE_STATUS = `mutation ($input: AdvanceProjectStatusInput!) { advanceProjectStatus(input: $input) { ${PROJECT_FIELDS} } }`;
export const GET_PROJECT = `query ($id: ID!) { project(id: $id) { ${PROJECT_FIELDS} } }`;
export const CREATE_FUND_SOURCE = `mutation ($input: CreateFundSourceInput!) {
  createFundSource(input: $input) { id code name year category level documentNo allocatedAmount disbursedAmount projectCount }
}`;
export const CREATE_ALLOCATION = `mutation ($input: CreateFundAllocationInput!) { createFundAllocation(input: $input) { ${ALLOCATION_FIELDS} } }`;
export const UPDATE_ALLOCATION = `mutation ($id: ID!, $input: UpdateFundAllocationInput!) {
  updateFundAllocation(id: $id, input: $input) { ${ALLOCATION_FIELDS} }
}`;
export const FUNDING_SUMMARY = `query ($year: Int!, $groupBy: FundingGroupBy!, $fundCategory: FundCategory, $townCode: ID) {
  fundingSummary(year: $year, groupBy: $groupBy, fundCategory: $fundCategory, townCode: $townCode) {
    year groupBy fundCategory
    totals { key label allocated disbursed executionRate projectCount startedProjectCount }
    rows { key label allocated disbursed executionRate projectCount startedProjectCount }
  }
}`;
export const GET_ALLOCATION = `query ($id: ID!) { fundAllocation(id: $id) { ${ALLOCATION_FIELDS} disbursements { ${DISBURSEMENT_FIELDS} } } }`;
export const RECORD_DISBURSEMENT = `mutation ($input: RecordDisbursementInput!) { recordDisbursement(input: $input) { ${DISBURSEMENT_FIELDS} } }`;
export const REVERSE_DISBURSEMENT = `mutation ($input: ReverseDisbursementInput!) { reverseDisbursement(input: $input) { ${DISBURSEMENT_FIELDS} } }`;

/** Fails the test with the API's own message when a setup step is refused. */
function dataOf<T>(result: GqlResult, field: string): T {
  expect(result.errors, `${field} was refused: ${JSON.stringify(result.errors)}`).toBeUndefined();
  return result.data?.[field] as T;
}

/** A complete, valid CreateProjectInput; tests override what they are about. */
export function projectInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    code: uniqueCode('T'),
    name: '测试茶园提质增效项目',
    year: 2024,
    category: 'INDUSTRY',
    industry: 'TEA',
    constructionType: 'NEW',
    townCode: LAO_CHENG.code,
    villageCode: LAO_CHENG.village.code,
    responsibleUnit: '老城街道办事处',
    tasks: '改造低产茶园 200 亩',
    plannedStart: '2024-03-01',
    plannedEnd: '2024-10-31',
    approvalDocNo: '汉衔接发〔2024〕1号',
    beneficiaryHouseholds: 120,
    beneficiaryPersons: 380,
    liftedHouseholds: 45,
    liftedPersons: 140,
    benefitMechanism: '务工就业：优先吸纳脱贫劳动力务工',
    ...overrides,
  };
}

export type Project = Record<string, any> & { id: string; code: string; version: number };

export async function createProject(api: Caller, overrides: Record<string, unknown> = {}): Promise<Project> {
  return dataOf(await api.gql(CREATE_PROJECT, { input: projectInput(overrides) }), 'createProject');
}

export async function getProject(api: Caller, id: string): Promise<Project> {
  return dataOf(await api.gql(GET_PROJECT, { id }), 'project');
}

export async function advanceProject(
  api: Caller,
  project: { id: string; version: number },
  to: string,
): Promise<Project> {
  return dataOf(
    await api.gql(ADVANCE_STATUS, { input: { id: project.id, version: project.version, to } }),
    'advanceProjectStatus',
  );
}

export async function createFundSource(
  api: Caller,
  overrides: Record<string, unknown> = {},
): Promise<{ id: string; name: string; code: string }> {
  const code = uniqueCode('FS');
  const input = {
    code,
    name: `测试衔接资金 ${code}`,
    year: 2024,
    category: 'BRIDGING',
    level: 'DISTRICT',
    documentNo: '汉财发〔2024〕1号',
    ...overrides,
  };
  return dataOf(await api.gql(CREATE_FUND_SOURCE, { input }), 'createFundSource');
}

export type Allocation = Record<string, any> & { id: string; version: number; amount: string };

export async function createAllocation(
  api: Caller,
  input: { projectId: string; fundSourceId?: string; amount: string; allocatedOn?: string; documentNo?: string },
): Promise<Allocation> {
  const fundSourceId = input.fundSourceId ?? (await createFundSource(api)).id;
  const full = { allocatedOn: '2024-03-15', documentNo: '汉衔接发〔2024〕2号', ...input, fundSourceId };
  return dataOf(await api.gql(CREATE_ALLOCATION, { input: full }), 'createFundAllocation');
}

export async function getAllocation(api: Caller, id: string): Promise<Allocation> {
  return dataOf(await api.gql(GET_ALLOCATION, { id }), 'fundAllocation');
}

/** A fresh project with one allocation of `amount`, ready for payments. */
export async function fundedProject(api: Caller, amount: string, overrides: Record<string, unknown> = {}) {
  const project = await createProject(api, overrides);
  const allocation = await createAllocation(api, { projectId: project.id, amount });
  return { project, allocation };
}

export function disbursementInput(allocationId: string, amount: string, overrides: Record<string, unknown> = {}) {
  return {
    allocationId,
    amount,
    paidOn: '2024-05-20',
    voucherNo: uniqueCode('PZ'),
    payee: '村股份经济合作社',
    ...overrides,
  };
}

export type Disbursement = {
  id: string;
  amount: string;
  paidOn: string;
  voucherNo: string;
  reverses: { id: string; amount: string } | null;
};

export async function recordDisbursement(
  api: Caller,
  allocationId: string,
  amount: string,
  overrides: Record<string, unknown> = {},
): Promise<Disbursement> {
  return dataOf(
    await api.gql(RECORD_DISBURSEMENT, { input: disbursementInput(allocationId, amount, overrides) }),
    'recordDisbursement',
  );
}

export async function reverseDisbursement(
  api: Caller,
  disbursementId: string,
  amount?: string,
  overrides: Record<string, unknown> = {},
): Promise<Disbursement> {
  const input = {
    disbursementId,
    amount,
    paidOn: '2024-06-01',
    voucherNo: uniqueCode('CX'),
    reason: '凭证录错，冲销',
    ...overrides,
  };
  return dataOf(await api.gql(REVERSE_DISBURSEMENT, { input }), 'reverseDisbursement');
}

/** How many projects the library holds, as the list reports it. */
export async function projectCount(api: Caller, filter: Record<string, unknown> = {}): Promise<number> {
  const result = await api.gql(
    `query ($filter: ProjectFilter) { projects(filter: $filter, first: 0) { totalCount } }`,
    { filter },
  );
  return dataOf<{ totalCount: number }>(result, 'projects').totalCount;
}

/** Amount in fen, for exact sums in assertions. */
export function fen(amount: string): bigint {
  const negative = amount.startsWith('-');
  const [whole, frac = ''] = amount.replace('-', '').split('.');
  const value = BigInt(whole) * 100n + BigInt(frac.padEnd(2, '0'));
  return negative ? -value : value;
}
