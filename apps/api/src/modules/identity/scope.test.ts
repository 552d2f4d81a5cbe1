import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueToken, UNKNOWN_ID, YING_HU } from '../../test/access';
import { errorFields, expectRefused } from '../../test/expect-error';
import {
  ADVANCE_STATUS,
  CREATE_PROJECT,
  createAllocation,
  createFundSource,
  createProject,
  disbursementInput,
  getAllocation,
  getProject,
  LAO_CHENG,
  projectInput,
  RECORD_DISBURSEMENT,
  recordDisbursement,
  UPDATE_PROJECT,
} from '../../test/factories';
import { type Gql, type GqlResult, startTestApi, type TestApi } from '../../test/harness';
import { Role } from './identity.enums';

/**
 * Town scoping ("0 rows from another town"): a town clerk, and a partner token limited to one town,
 * see and change only their own town's projects and money, and what they are told about another
 * town's rows is what they would be told about rows that do not exist.
 */

const YEAR = 2021;
const REVERSE = `mutation ($input: ReverseDisbursementInput!) { reverseDisbursement(input: $input) { id amount } }`;
const SUMMARY = `query ($year: Int!, $groupBy: FundingGroupBy!, $townCode: ID) {
  fundingSummary(year: $year, groupBy: $groupBy, townCode: $townCode) {
    totals { key allocated disbursed projectCount startedProjectCount }
    rows { key allocated disbursed projectCount startedProjectCount }
  }
}`;

/** Every node of a connection, page by page (100 at a time). */
async function all(gql: Gql, field: string, selection: string, filter: Record<string, unknown> = {}) {
  const filterType = {
    projects: 'ProjectFilter',
    fundAllocations: 'FundAllocationFilter',
    disbursements: 'DisbursementFilter',
  }[field];
  const nodes: Record<string, any>[] = [];
  let after: string | null = null;
  let totalCount = 0;
  for (;;) {
    const result: GqlResult = await gql(
      `query ($filter: ${filterType}, $after: String) {
        ${field}(filter: $filter, first: 100, after: $after) {
          totalCount pageInfo { hasNextPage endCursor } edges { node { ${selection} } }
        }
      }`,
      { filter, after },
    );
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    const page: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string };
      edges: { node: Record<string, any> }[];
    } = result.data?.[field];
    totalCount = page.totalCount;
    nodes.push(...page.edges.map((e: { node: Record<string, any> }) => e.node));
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  expect(nodes.length).toBe(totalCount);
  return { nodes, totalCount };
}

interface ScopedViewer {
  name: string;
  own: string;
  other: string;
  gql: Gql;
}

describe('town scoping', () => {
  let api: TestApi;
  let clerk: ScopedViewer;
  let token: ScopedViewer;
  /** A fund source with money in both towns, and one project, allocation and payment in each. */
  let source: { id: string };
  const rows: Record<string, { projectId: string; allocationId: string; disbursementId: string }> = {};

  beforeAll(async () => {
    api = await startTestApi();
    clerk = {
      name: '瀛湖镇 clerk',
      own: YING_HU.code,
      other: LAO_CHENG.code,
      gql: await api.signInAs(Role.TOWN_STAFF, YING_HU.code),
    };
    token = {
      name: 'partner token limited to 老城街道',
      own: LAO_CHENG.code,
      other: YING_HU.code,
      gql: (await issueToken(api, { kind: 'PARTNER', datasets: ['PROJECTS', 'FUNDS'], townCodes: [LAO_CHENG.code] }))
        .client,
    };
    source = await createFundSource(api, { year: YEAR });
    for (const [town, village, amount] of [
      [YING_HU.code, YING_HU.village.code, '1000.00'],
      [LAO_CHENG.code, LAO_CHENG.village.code, '2000.00'],
    ]) {
      const project = await createProject(api, { townCode: town, villageCode: village, year: YEAR });
      const allocation = await createAllocation(api, { projectId: project.id, fundSourceId: source.id, amount });
      const disbursement = await recordDisbursement(api, allocation.id, '100.00');
      rows[town] = { projectId: project.id, allocationId: allocation.id, disbursementId: disbursement.id };
    }
  });
  afterAll(() => api?.close());

  describe.each(['clerk', 'token'] as const)('as the %s', (which) => {
    const viewer = () => (which === 'clerk' ? clerk : token);

    it('lists only its own town’s projects, as many as the district sees for that town', async () => {
      const { gql, own } = viewer();
      const mine = await all(gql, 'projects', 'id town { code }');
      expect(mine.totalCount).toBeGreaterThan(0);
      expect(mine.nodes.filter((p) => p.town.code !== own)).toEqual([]);
      const district = await all(api.gql, 'projects', 'id', { townCode: own });
      expect(mine.totalCount).toBe(district.totalCount);
      expect(new Set(mine.nodes.map((p) => p.id))).toEqual(new Set(district.nodes.map((p) => p.id)));
    });

    it('finds no projects when it filters by another town', async () => {
      const { gql, other } = viewer();
      const result = await gql(
        'query ($t: ID) { projects(filter: { townCode: $t }) { totalCount edges { node { id } } } }',
        {
          t: other,
        },
      );
      expect(result.errors).toBeUndefined();
      expect(result.data?.projects).toEqual({ totalCount: 0, edges: [] });
    });

    it('gets null for another town’s project and allocation by id, as for an unknown id', async () => {
      const { gql, other } = viewer();
      const theirs = rows[other];
      for (const id of [theirs.projectId, UNKNOWN_ID]) {
        const result = await gql('query ($id: ID!) { project(id: $id) { id name } }', { id });
        expect(result).toMatchObject({ data: { project: null } });
        expect(result.errors).toBeUndefined();
      }
      for (const id of [theirs.allocationId, UNKNOWN_ID]) {
        const result = await gql('query ($id: ID!) { fundAllocation(id: $id) { id amount } }', { id });
        expect(result).toMatchObject({ data: { fundAllocation: null } });
        expect(result.errors).toBeUndefined();
      }
    });

    it('lists only its own town’s allocations and disbursements', async () => {
      const { gql, own } = viewer();
      const allocations = await all(gql, 'fundAllocations', 'id project { town { code } }');
      expect(allocations.totalCount).toBeGreaterThan(0);
      expect(allocations.nodes.filter((a) => a.project.town.code !== own)).toEqual([]);
      const districtAllocations = await all(api.gql, 'fundAllocations', 'id', { townCode: own });
      expect(allocations.totalCount).toBe(districtAllocations.totalCount);

      const payments = await all(gql, 'disbursements', 'id allocation { project { town { code } } }');
      expect(payments.totalCount).toBeGreaterThan(0);
      expect(payments.nodes.filter((d) => d.allocation.project.town.code !== own)).toEqual([]);
      const districtPayments = await all(api.gql, 'disbursements', 'id', { townCode: own });
      expect(payments.totalCount).toBe(districtPayments.totalCount);

      // Narrowing to another town's project or allocation finds nothing.
      const theirs = rows[viewer().other];
      expect((await all(gql, 'fundAllocations', 'id', { projectId: theirs.projectId })).totalCount).toBe(0);
      expect((await all(gql, 'disbursements', 'id', { allocationId: theirs.allocationId })).totalCount).toBe(0);
    });

    it('sums only its own town’s money in a fund source’s totals', async () => {
      const { gql, own } = viewer();
      const query = 'query ($id: ID!) { fundSource(id: $id) { allocatedAmount disbursedAmount projectCount } }';
      const result = await gql(query, { id: source.id });
      expect(result.errors).toBeUndefined();
      const ownAmount = own === YING_HU.code ? '1000.00' : '2000.00';
      expect(result.data?.fundSource).toEqual({
        allocatedAmount: ownAmount,
        disbursedAmount: '100.00',
        projectCount: 1,
      });
      const district = await api.gql(query, { id: source.id });
      expect(district.data?.fundSource).toEqual({
        allocatedAmount: '3000.00',
        disbursedAmount: '200.00',
        projectCount: 2,
      });
    });

    it.each(['TOWN', 'SOURCE', 'CATEGORY', 'MONTH'])(
      'fundingSummary by %s: the totals and rows the district sees for its town, and nothing of other towns',
      async (groupBy) => {
        const { gql, own } = viewer();
        const mine = await gql(SUMMARY, { year: YEAR, groupBy });
        expect(mine.errors).toBeUndefined();
        const district = await api.gql(SUMMARY, { year: YEAR, groupBy, townCode: own });
        expect(district.errors).toBeUndefined();
        expect(mine.data?.fundingSummary).toEqual(district.data?.fundingSummary);
        expect(BigInt(mine.data?.fundingSummary.totals.allocated.replace('.', ''))).toBeGreaterThan(0n);
        if (groupBy === 'TOWN')
          expect(mine.data?.fundingSummary.rows.map((r: { key: string }) => r.key)).toEqual([own]);
        // Naming its own town changes nothing.
        const named = await gql(SUMMARY, { year: YEAR, groupBy, townCode: own });
        expect(named.data?.fundingSummary).toEqual(district.data?.fundingSummary);
      },
    );

    it('fundingSummary for another town is FORBIDDEN OUT_OF_SCOPE', async () => {
      const { gql, other } = viewer();
      const result = await gql(SUMMARY, { year: YEAR, groupBy: 'TOWN', townCode: other });
      const error = expectRefused(result, 'FORBIDDEN');
      expect(error.extensions?.reason).toBe('OUT_OF_SCOPE');
      expect(result.data).toBeNull();
    });
  });

  describe('the clerk writes only in her own town', () => {
    it('updateProject and advanceProjectStatus on another town’s project: NOT_FOUND, and the project is unchanged', async () => {
      const theirs = await getProject(api, rows[LAO_CHENG.code].projectId);
      const update = await clerk.gql(UPDATE_PROJECT, {
        id: theirs.id,
        input: { version: theirs.version, name: '改名' },
      });
      expectRefused(update, 'NOT_FOUND');
      expect(update.data).toBeNull();
      const advance = await clerk.gql(ADVANCE_STATUS, {
        input: { id: theirs.id, version: theirs.version, to: theirs.nextStatus },
      });
      expectRefused(advance, 'NOT_FOUND');
      // An unknown id gets the same answer.
      const unknown = await clerk.gql(UPDATE_PROJECT, { id: UNKNOWN_ID, input: { version: 1, name: '改名' } });
      expectRefused(unknown, 'NOT_FOUND');
      const after = await getProject(api, theirs.id);
      expect(after).toEqual(theirs);
    });

    it('createProject in another town is refused at townCode; in her own town it works', async () => {
      const refused = await clerk.gql(CREATE_PROJECT, {
        input: projectInput({ townCode: LAO_CHENG.code, villageCode: LAO_CHENG.village.code }),
      });
      const error = expectRefused(refused, 'BAD_USER_INPUT');
      expect(errorFields(error)).toEqual(['townCode']);
      const created = await clerk.gql(CREATE_PROJECT, {
        input: projectInput({ townCode: YING_HU.code, villageCode: YING_HU.village.code, responsibleUnit: '瀛湖镇' }),
      });
      expect(created.errors).toBeUndefined();
      expect(created.data?.createProject.town.code).toBe(YING_HU.code);
    });

    it('moving her own project to another town is refused at townCode', async () => {
      const mine = await getProject(api, rows[YING_HU.code].projectId);
      const result = await clerk.gql(UPDATE_PROJECT, {
        id: mine.id,
        input: { version: mine.version, townCode: LAO_CHENG.code },
      });
      expect(errorFields(expectRefused(result, 'BAD_USER_INPUT'))).toEqual(['townCode']);
      expect((await getProject(api, mine.id)).town.code).toBe(YING_HU.code);
    });

    it('recordDisbursement on another town’s allocation is refused at allocationId and records nothing', async () => {
      const theirs = rows[LAO_CHENG.code].allocationId;
      const before = await getAllocation(api, theirs);
      const result = await clerk.gql(RECORD_DISBURSEMENT, { input: disbursementInput(theirs, '1.00') });
      expect(errorFields(expectRefused(result, 'BAD_USER_INPUT'))).toEqual(['allocationId']);
      const after = await getAllocation(api, theirs);
      expect(after.disbursementCount).toBe(before.disbursementCount);
      expect(after.disbursedAmount).toBe(before.disbursedAmount);
    });

    it('createFundAllocation for another town’s project is refused (no allocation:write, and out of scope)', async () => {
      const result = await clerk.gql(
        'mutation ($input: CreateFundAllocationInput!) { createFundAllocation(input: $input) { id } }',
        {
          input: {
            projectId: rows[LAO_CHENG.code].projectId,
            fundSourceId: source.id,
            amount: '1.00',
            allocatedOn: '2021-05-01',
          },
        },
      );
      expectRefused(result, 'FORBIDDEN');
    });

    it('reverseDisbursement of another town’s payment is answered as for an unknown payment, revealing nothing of it', async () => {
      const theirs = rows[LAO_CHENG.code];
      const inputs = [
        // A well-formed reversal.
        { paidOn: '2024-06-01', voucherNo: 'CX-SCOPE-1', reason: '越权冲销测试' },
        // More than was paid: the answer must not tell how much was paid.
        { paidOn: '2024-06-01', voucherNo: 'CX-SCOPE-2', reason: '越权冲销测试', amount: '999999.00' },
        // Before the payment date: the answer must not tell when it was paid.
        { paidOn: '2021-01-01', voucherNo: 'CX-SCOPE-3', reason: '越权冲销测试' },
      ];
      for (const input of inputs) {
        const unknown = await clerk.gql(REVERSE, { input: { ...input, disbursementId: UNKNOWN_ID } });
        const result = await clerk.gql(REVERSE, { input: { ...input, disbursementId: theirs.disbursementId } });
        const expected = expectRefused(unknown, 'BAD_USER_INPUT');
        const error = result.errors?.[0];
        expect(
          {
            code: error?.extensions?.code,
            fields: (error?.extensions?.fields ?? []).map((f: { field: string }) => f.field),
          },
          `${JSON.stringify(input)} → ${JSON.stringify(result.errors)}`,
        ).toEqual({ code: expected.extensions?.code, fields: errorFields(expected) });
        expect(result.data).toBeNull();
        const text = JSON.stringify(result);
        expect(text, 'names the other town’s allocation').not.toContain(theirs.allocationId);
        expect(text, 'tells the amount paid').not.toMatch(/100\.00/);
      }
      const allocation = await getAllocation(api, theirs.allocationId);
      expect(allocation.disbursementCount).toBe(1);
    });
  });
});
