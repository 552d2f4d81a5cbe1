import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createAllocation,
  createFundSource,
  createProject,
  recordDisbursement,
  reverseDisbursement,
} from '../../test/factories';
import { startTestApi, type TestApi } from '../../test/harness';

const NESTED_LIST = `query ($first: Int!) {
  projects(first: $first, filter: { year: 2021 }) {
    edges { node {
      code
      town { name }
      village { name }
      allocations { amount fundSource { name } disbursements { amount } }
    } }
  }
}`;

const DETAIL = `query ($id: ID!) {
  project(id: $id) {
    code name status executionRate
    town { name }
    village { name town { name } }
    performanceTargets { indicator targetValue }
    statusHistory { toStatus effectiveOn }
    allocations {
      amount remainingAmount disbursementCount
      fundSource { name allocatedAmount projectCount }
      disbursements { amount voucherNo reverses { amount } }
    }
  }
}`;

type ListNode = { code: string; village: unknown; allocations: { disbursements: unknown[] }[] };

/** Relations resolve through per-request loaders: the statement count must not follow the data size. */
describe('SQL statements per request', () => {
  let api: TestApi;
  beforeAll(async () => {
    // The nested list at first: 100 costs ~49,000 by the static cost rule; this test is about SQL.
    api = await startTestApi({ env: { GRAPHQL_MAX_COST: '50000' } });
  });
  afterAll(() => api?.close());

  async function nestedList(first: number) {
    const result = await api.gql<{ projects: { edges: { node: ListNode }[] } }>(NESTED_LIST, { first });
    expect(result.errors).toBeUndefined();
    const nodes = result.data?.projects.edges.map((e) => e.node) ?? [];
    expect(nodes).toHaveLength(first);
    // Every page must exercise every relation, or a smaller count would prove nothing.
    expect(nodes.some((n) => n.village)).toBe(true);
    expect(nodes.some((n) => n.allocations.some((a) => a.disbursements.length > 0))).toBe(true);
    expect(Number.isInteger(result.sqlStatements)).toBe(true);
    return result.sqlStatements;
  }

  it('the nested projects list costs the same for 5, 50 and 100 projects', async () => {
    await nestedList(5); // the process's first request also reads the towns and villages (gazetteer.ts)
    const counts = { 5: await nestedList(5), 50: await nestedList(50), 100: await nestedList(100) };
    console.log(`nested projects list (${api.engine}): SQL statements per request`, counts);
    expect(counts[50]).toBe(counts[5]);
    expect(counts[100]).toBe(counts[5]);
    // One to find the session, one for the page, one for the allocations with their fund sources,
    // one for the payments; towns and villages come from the gazetteer.
    expect(counts[5]).toBe(4);
  });

  it('asking for totalCount adds one statement, not one per row', async () => {
    const withCount = NESTED_LIST.replace('edges {', 'totalCount edges {');
    const five = await api.gql(withCount, { first: 5 });
    const hundred = await api.gql(withCount, { first: 100 });
    expect(hundred.sqlStatements).toBe(five.sqlStatements);
    expect(five.sqlStatements).toBe((await nestedList(5)) + 1);
  });

  it('the project detail costs the same for a small and a large project', async () => {
    async function build(allocations: number, paymentsEach: number) {
      const project = await createProject(api, {
        performanceTargets: Array.from({ length: allocations }, (_, i) => ({
          level: 'OUTPUT',
          subLevel: '数量指标',
          indicator: `指标${i + 1}`,
          operator: 'GTE',
          targetValue: String(i + 1),
          unit: '个',
        })),
      });
      for (let a = 0; a < allocations; a++) {
        const source = await createFundSource(api);
        const allocation = await createAllocation(api, {
          projectId: project.id,
          fundSourceId: source.id,
          amount: '10000.00',
        });
        for (let p = 0; p < paymentsEach; p++) {
          const paid = await recordDisbursement(api, allocation.id, '100.00');
          if (p === 0) await reverseDisbursement(api, paid.id, '10.00');
        }
      }
      return project.id;
    }
    const small = await build(1, 1);
    const large = await build(4, 5);

    const smallResult = await api.gql(DETAIL, { id: small });
    const largeResult = await api.gql(DETAIL, { id: large });
    expect(smallResult.errors).toBeUndefined();
    expect(largeResult.errors).toBeUndefined();
    expect(largeResult.data?.project.allocations).toHaveLength(4);
    expect(largeResult.data?.project.allocations[3].disbursements).toHaveLength(6);
    console.log(`project detail (${api.engine}): SQL statements`, {
      small: smallResult.sqlStatements,
      large: largeResult.sqlStatements,
    });
    expect(largeResult.sqlStatements).toBe(smallResult.sqlStatements);
    // One to find the session; one for the project with its targets, status history, allocations,
    // their fund sources and payments (project-detail.test.ts); then the fund sources' totals, the
    // payment counts and the reversed payments, each one for all of them.
    expect(smallResult.sqlStatements).toBe(5);
  });
});
