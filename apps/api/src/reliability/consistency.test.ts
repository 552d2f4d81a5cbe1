import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Random } from '../database/seed/random';
import {
  CREATE_ALLOCATION,
  createFundSource,
  createProject,
  fen,
  getAllocation,
  RECORD_DISBURSEMENT,
  UPDATE_PROJECT,
  uniqueCode,
} from '../test/factories';
import { attachPrivatePostgres } from './postgres';
import { type ApiProcess, type Client, failure, freshDatabase, signIn, startApiProcess } from './system';

// Two API processes on one database: whatever one does, the other sees; versions, balances and
// idempotency keys hold across them because they live in PostgreSQL, not in either process.
describe('two API processes on one database', () => {
  const server = attachPrivatePostgres(inject('reliabilityPostgres'));
  let a: ApiProcess;
  let b: ApiProcess;
  let viaA: Client;
  let viaB: Client;
  /** Requests alternate between the two processes, as a round-robin balancer would send them. */
  let either: (i: number) => Client;

  beforeAll(async () => {
    const database = await freshDatabase(server);
    [a, b] = await Promise.all([startApiProcess(server.url(database)), startApiProcess(server.url(database))]);
    // Signed in on A; the session is a row in the database, so B honours the same cookie.
    const session = await signIn(a.url);
    viaA = session.client(a.url);
    viaB = session.client(b.url);
    either = (i) => (i % 2 ? viaB : viaA);
  });
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
  });

  it('100 concurrent updates of one project with the same version: exactly one succeeds', async () => {
    const project = await createProject({ gql: viaA });
    const results = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        either(i)(UPDATE_PROJECT, { id: project.id, input: { version: project.version, tasks: `第 ${i} 次修改` } }),
      ),
    );
    const accepted = results.filter((r) => !r.errors);
    expect(accepted).toHaveLength(1);
    for (const refused of results.filter((r) => r.errors)) {
      expect(failure(refused)).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION' });
    }
    const winner = accepted[0].data?.updateProject;
    expect(winner.version).toBe(project.version + 1);
    // Both processes read the winner's text and version.
    for (const client of [viaA, viaB]) {
      const read = await client(`query ($id: ID!) { project(id: $id) { version tasks } }`, { id: project.id });
      expect(read.data?.project).toEqual({ version: winner.version, tasks: winner.tasks });
    }
  });

  it('concurrent payments through both processes never exceed their allocation (25 randomized runs)', async () => {
    const random = new Random(20211231);
    const project = await createProject({ gql: viaA });
    for (let run = 0; run < 25; run++) {
      const source = await createFundSource({ gql: viaA });
      const allocationFen = BigInt(random.int(1_000, 500_000)); // 10.00 … 5,000.00 元
      const created = await viaA(CREATE_ALLOCATION, {
        input: {
          projectId: project.id,
          fundSourceId: source.id,
          amount: money(allocationFen),
          allocatedOn: '2024-03-15',
        },
      });
      const allocationId = created.data?.createFundAllocation.id;
      expect(allocationId, JSON.stringify(created.errors)).toBeTruthy();
      const amounts = Array.from({ length: random.int(5, 30) }, () => BigInt(random.int(1, Number(allocationFen) / 3)));
      const results = await Promise.all(
        amounts.map((amount, i) =>
          either(i + run)(RECORD_DISBURSEMENT, {
            input: {
              allocationId,
              amount: money(amount),
              paidOn: '2024-05-20',
              voucherNo: uniqueCode('PZ'),
            },
          }),
        ),
      );
      let paid = 0n;
      results.forEach((r, i) => {
        if (r.errors) expect(failure(r)).toMatchObject({ code: 'CONFLICT', reason: 'EXCEEDS_ALLOCATION' });
        else paid += amounts[i];
      });
      expect(paid <= allocationFen, `run ${run}: paid ${paid} of ${allocationFen}`).toBe(true);
      const after = await getAllocation({ gql: run % 2 ? viaB : viaA }, allocationId);
      expect(fen(after.disbursedAmount), `run ${run}`).toBe(paid);
      expect(after.disbursementCount, `run ${run}`).toBe(results.filter((r) => !r.errors).length);
    }
  });

  it('one idempotency key sent to both processes at once creates one payment', async () => {
    const project = await createProject({ gql: viaA });
    const source = await createFundSource({ gql: viaA });
    const allocation = await viaA(CREATE_ALLOCATION, {
      input: { projectId: project.id, fundSourceId: source.id, amount: '1000.00', allocatedOn: '2024-03-15' },
    });
    const allocationId = allocation.data?.createFundAllocation.id;
    const input = {
      allocationId,
      amount: '99.99',
      paidOn: '2024-05-20',
      voucherNo: uniqueCode('PZ'),
      idempotencyKey: randomUUID(),
    };
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => either(i)(RECORD_DISBURSEMENT, { input })));
    expect(results.map((r) => r.errors)).toEqual(Array(20).fill(undefined));
    expect(new Set(results.map((r) => r.data?.recordDisbursement.id)).size).toBe(1);
    expect(await getAllocation({ gql: viaB }, allocationId)).toMatchObject({
      disbursedAmount: '99.99',
      disbursementCount: 1,
    });
  });

  it('both processes give the same answers to the same reads', async () => {
    const reads = [
      '{ fundingSummary(year: 2021, groupBy: TOWN) { totals { allocated disbursed } rows { key allocated disbursed projectCount } } }',
      '{ projects(first: 50, filter: { year: 2021 }) { totalCount edges { cursor node { id code version } } } }',
      '{ stationingSummary { firstSecretaries workTeams members } }',
      '{ supervisionSummary { tasks assigned rectified closed overdue } }',
    ];
    for (const query of reads) {
      const [fromA, fromB] = await Promise.all([viaA(query), viaB(query)]);
      expect(fromA.errors, query).toBeUndefined();
      expect(fromB.data, query).toEqual(fromA.data);
    }
  });

  it('sign-out on one process ends the session on the other; failed sign-ins count across both', async () => {
    const session = await signIn(b.url);
    const me = '{ me { role } }';
    expect((await session.client(a.url)(me)).data?.me.role).toBe('DISTRICT_ADMIN');
    await session.client(a.url)('mutation { signOut }');
    const after = await session.client(b.url)(me);
    expect(after.data?.me ?? null).toBeNull();

    // A staff account of its own, so the lockout does not touch the suite's administrator.
    const username = `lockout-${randomUUID().slice(0, 8)}`;
    const created = await viaA(`mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }`, {
      input: { username, displayName: '锁定测试', role: 'DISTRICT_STAFF', initialPassword: INITIAL },
    });
    expect(created.errors, JSON.stringify(created.errors)).toBeUndefined();
    const attempts: { code?: string; reason?: string }[] = [];
    for (let i = 0; i < 6; i++) {
      const target = i % 2 ? b.url : a.url;
      const res = await fetch(`${target}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: 'mutation ($input: SignInInput!) { signIn(input: $input) { role } }',
          variables: { input: { username, password: `wrong-password-${i}` } },
        }),
      });
      const body = await res.json();
      attempts.push({ code: body.errors?.[0]?.extensions?.code, reason: body.errors?.[0]?.extensions?.reason });
    }
    // Five wrong passwords, alternating between the processes, lock the account on both.
    expect(attempts.slice(0, 4).every((x) => x.code === 'UNAUTHENTICATED')).toBe(true);
    expect(attempts.at(-1)?.reason ?? attempts.at(-1)?.code).toMatch(/LOCKED/);
    const correct = await fetch(`${a.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation ($input: SignInInput!) { signIn(input: $input) { role } }',
        variables: { input: { username, password: INITIAL } },
      }),
    });
    const refused = await correct.json();
    expect(JSON.stringify(refused.errors)).toMatch(/LOCKED/);
  });
});

const INITIAL = 'Lockout-Initial-2024!';

/** Fen as the API's decimal string. */
function money(fenAmount: bigint): string {
  return `${fenAmount / 100n}.${String(fenAmount % 100n).padStart(2, '0')}`;
}
