import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueToken, UNKNOWN_ID, YING_HU } from '../../test/access';
import { expectRefused } from '../../test/expect-error';
import {
  ADVANCE_STATUS,
  ALLOCATION_FIELDS,
  createAllocation,
  createFundSource,
  createProject,
  DISBURSEMENT_FIELDS,
  LAO_CHENG,
  PROJECT_FIELDS,
  recordDisbursement,
  reverseDisbursement,
} from '../../test/factories';
import { type Gql, startTestApi, type TestApi } from '../../test/harness';
import { DISBURSEMENTS_PER_ALLOCATION } from '../fund/fund.loaders';
import { Role } from '../identity/identity.enums';

/**
 * A project's detail reads the project and the children it shows in one statement (`project(id:)`);
 * the same fields reached through the list resolve through the per-request loaders. Both must give
 * the same answer, field for field, in the same order, for every viewer.
 */
const DETAIL = `
  ${PROJECT_FIELDS}
  performanceTargets { id level subLevel indicator operator targetValue unit actualValue score }
  statusHistory { id fromStatus toStatus effectiveOn note changedAt }
  allocations {
    ${ALLOCATION_FIELDS}
    fundSource { id code name year category level documentNo }
    disbursements { ${DISBURSEMENT_FIELDS} createdAt reversedAmount reversibleAmount }
  }`;
const ONE_STATEMENT = `query ($id: ID!) { project(id: $id) { ${DETAIL} } }`;
const THROUGH_LOADERS = `query ($code: String!) { projects(first: 2, filter: { search: $code }) { edges { node { ${DETAIL} } } } }`;

describe('the project detail in one statement', () => {
  let api: TestApi;
  let full: { id: string; code: string };
  let bare: { id: string; code: string };

  beforeAll(async () => {
    api = await startTestApi();
    const project = await createProject(api, {
      townCode: LAO_CHENG.code,
      villageCode: LAO_CHENG.village.code,
      performanceTargets: ['户数', '人数', '亩数'].map((unit, i) => ({
        level: 'OUTPUT',
        subLevel: '数量指标',
        indicator: `指标${i + 1}`,
        operator: 'GTE',
        targetValue: `${i + 1}.5`,
        unit,
      })),
    });
    await api.gql(ADVANCE_STATUS, {
      input: { id: project.id, version: project.version, to: 'APPROVED', effectiveOn: '2024-03-01', note: '批复' },
    });
    // Allocated on different days (and two on one day, ordered by id), one with a reversal, one with
    // more payments than the detail lists.
    for (const [n, allocatedOn] of ['2024-03-20', '2024-03-10', '2024-03-10'].entries()) {
      const source = await createFundSource(api, { category: n === 0 ? 'BRIDGING' : 'EAST_WEST' });
      const allocation = await createAllocation(api, {
        projectId: project.id,
        fundSourceId: source.id,
        amount: '100000.00',
        allocatedOn,
      });
      const payments = n === 2 ? DISBURSEMENTS_PER_ALLOCATION + 3 : 2;
      for (let p = 0; p < payments; p++) {
        const paidOn = new Date(Date.UTC(2024, 3, 1) + p * 86_400_000).toISOString().slice(0, 10);
        const paid = await recordDisbursement(api, allocation.id, `${10 + p}.01`, { paidOn });
        if (n === 1 && p === 0) await reverseDisbursement(api, paid.id, '3.00');
      }
    }
    full = project;
    bare = await createProject(api, { townCode: LAO_CHENG.code, villageCode: null, performanceTargets: [] });
  });
  afterAll(() => api?.close());

  async function both(client: Gql, project: { id: string; code: string }) {
    const one = await client(ONE_STATEMENT, { id: project.id });
    const list = await client(THROUGH_LOADERS, { code: project.code });
    return { one, list, node: list.data?.projects.edges[0]?.node ?? null };
  }

  it('a full project: the same answer as through the loaders, in the loaders’ order, the latest payments only', async () => {
    const { one, list, node } = await both(api.gql, full);
    expect(one.errors).toBeUndefined();
    expect(list.errors).toBeUndefined();
    expect(list.data?.projects.edges).toHaveLength(1);
    expect(one.data?.project).toEqual(node);
    const detail = one.data?.project;
    expect(detail.performanceTargets.map((t: { indicator: string }) => t.indicator)).toEqual([
      '指标1',
      '指标2',
      '指标3',
    ]);
    expect(detail.statusHistory.map((h: { toStatus: string }) => h.toStatus)).toEqual(['RESERVED', 'APPROVED']);
    expect(detail.allocations.map((a: { allocatedOn: string }) => a.allocatedOn)).toEqual([
      '2024-03-10',
      '2024-03-10',
      '2024-03-20',
    ]);
    const many = detail.allocations.find(
      (a: { disbursementCount: number }) => a.disbursementCount === DISBURSEMENTS_PER_ALLOCATION + 3,
    );
    expect(many.disbursements).toHaveLength(DISBURSEMENTS_PER_ALLOCATION);
    // The latest hundred, oldest first: the first three days are left to the paged list.
    expect(many.disbursements[0].paidOn).toBe('2024-04-04');
    expect(many.disbursements.at(-1).paidOn).toBe(
      new Date(Date.UTC(2024, 3, 1) + (DISBURSEMENTS_PER_ALLOCATION + 2) * 86_400_000).toISOString().slice(0, 10),
    );
    const reversed = detail.allocations.flatMap((a: { disbursements: { reverses: unknown }[] }) =>
      a.disbursements.filter((d) => d.reverses),
    );
    expect(reversed).toHaveLength(1);
    // Money stays exact decimal strings on the way through JSON.
    expect(detail.performanceTargets[0].targetValue).toBe('1.5');
    expect(many.disbursements[0].amount).toBe('13.01');
  });

  it('a project with no targets, no allocations and no village', async () => {
    const { one, node } = await both(api.gql, bare);
    expect(one.errors).toBeUndefined();
    expect(one.data?.project).toEqual(node);
    expect(one.data?.project).toMatchObject({ village: null, performanceTargets: [], allocations: [] });
  });

  it('a town’s clerk: its own projects the same way, another town’s not at all', async () => {
    const own = await api.signInAs(Role.TOWN_STAFF, LAO_CHENG.code);
    const { one, node } = await both(own, full);
    expect(one.data?.project).toEqual(node);
    expect(one.data?.project.allocations).toHaveLength(3);
    const other = await api.signInAs(Role.TOWN_STAFF, YING_HU.code);
    const outside = await both(other, full);
    expect(outside.one.errors).toBeUndefined();
    expect(outside.one.data?.project).toBeNull();
    expect(outside.node).toBeNull();
    expect((await other(ONE_STATEMENT, { id: UNKNOWN_ID })).data?.project).toBeNull();
    expect((await other(ONE_STATEMENT, { id: 'not-an-id' })).data?.project).toBeNull();
  });

  it('a partner without the funds dataset: the project and its targets, its money refused either way', async () => {
    const partner = await issueToken(api, { kind: 'PARTNER', datasets: ['PROJECTS'] });
    const { one, list } = await both(partner.client, full);
    expectRefused(one, 'FORBIDDEN');
    expectRefused(list, 'FORBIDDEN');
    const targets = await partner.client(
      `query ($id: ID!) { project(id: $id) { code performanceTargets { indicator } statusHistory { toStatus } } }`,
      { id: full.id },
    );
    expect(targets.errors).toBeUndefined();
    expect(targets.data?.project).toMatchObject({ code: full.code, statusHistory: [{}, {}] });
    expect(targets.data?.project.performanceTargets).toHaveLength(3);
  });
});
