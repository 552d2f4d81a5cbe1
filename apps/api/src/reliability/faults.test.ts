import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import pg from 'pg';
import { afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { CREATE_ALLOCATION, createFundSource, createProject, RECORD_DISBURSEMENT, uniqueCode } from '../test/factories';
import { attachPrivatePostgres } from './postgres';
import { type ApiProcess, type Client, failure, freshDatabase, signIn, sleep, startApiProcess } from './system';

const server = attachPrivatePostgres(inject('reliabilityPostgres'));
const LIST = '{ projects(first: 10) { totalCount edges { node { id code town { name } } } } }';

let api: ApiProcess | undefined;
afterEach(async () => {
  if (api?.child.exitCode === null) api.child.kill('SIGKILL');
  await api?.exited;
  api = undefined;
});

/** Holds an exclusive lock on the project table from outside the API until released. */
async function lockProjects(database: string) {
  const client = new pg.Client({ connectionString: server.url(database) });
  await client.connect();
  await client.query('BEGIN');
  await client.query('LOCK TABLE project IN ACCESS EXCLUSIVE MODE');
  return async () => {
    await client.query('COMMIT');
    await client.end();
  };
}

/** A fresh allocation of `amount` on a fresh project; returns its id. */
async function allocation(client: Client, amount: string): Promise<string> {
  const project = await createProject({ gql: client });
  const source = await createFundSource({ gql: client });
  const created = await client(CREATE_ALLOCATION, {
    input: { projectId: project.id, fundSourceId: source.id, amount, allocatedOn: '2024-03-15' },
  });
  expect(created.errors, JSON.stringify(created.errors)).toBeUndefined();
  return created.data?.createFundAllocation.id;
}

describe('the pool exhausted by slow queries', () => {
  it('further requests fail fast with a retryable error, and the service recovers when the load drops', async () => {
    const database = await freshDatabase(server);
    api = await startApiProcess(server.url(database), {
      DB_POOL_MAX: '3',
      DB_ACQUIRE_TIMEOUT_MS: '300',
      DB_STATEMENT_TIMEOUT_MS: '20000',
    });
    const { client } = await signIn(api.url);
    const gql = client();
    const release = await lockProjects(database);
    // Three project lists wait on the lock, each holding one of the three pooled connections.
    const slow = [1, 2, 3].map(() => gql(LIST));
    await sleep(500);
    // Every further request, even one that touches no project, finds no connection and says so;
    // each answers while the lock is still held, so none waited for it.
    const busy = await Promise.all(Array.from({ length: 10 }, () => gql('{ towns { code } }')));
    for (const result of busy) {
      expect(result.status).toBe(503);
      expect(failure(result)).toMatchObject({ code: 'SERVICE_UNAVAILABLE', retryable: true });
    }
    const ready = await fetch(`${api.url}/readyz`);
    expect(ready.status).toBe(503);

    await release();
    // The queued lists complete once the lock goes; new requests are served again.
    for (const result of await Promise.all(slow)) expect(result.errors).toBeUndefined();
    const after = await gql('{ towns { code } }');
    expect(after.errors).toBeUndefined();
    expect(after.data?.towns).toHaveLength(28);
    expect((await fetch(`${api.url}/readyz`)).status).toBe(200);
    expect(api.child.exitCode).toBeNull();
  });
});

interface Acknowledged {
  key: string;
  id: string;
}

/**
 * Clients paying 0.01 at a time with an idempotency key each, retrying a payment (same key) on a
 * retryable error or a dropped connection as a careful client would, until told to stop.
 */
function payLoad(gql: Client, allocationId: string, workers: number) {
  let running = true;
  const acknowledged: Acknowledged[] = [];
  const errors: Record<string, number> = {};
  let keysUsed = 0;
  const worker = async () => {
    while (running) {
      const key = randomUUID();
      keysUsed++;
      const input = {
        allocationId,
        amount: '0.01',
        paidOn: '2024-05-20',
        voucherNo: uniqueCode('PZ'),
        idempotencyKey: key,
      };
      for (let attempt = 0; attempt < 50; attempt++) {
        try {
          const result = await gql(RECORD_DISBURSEMENT, { input });
          if (!result.errors) {
            acknowledged.push({ key, id: result.data?.recordDisbursement.id });
            break;
          }
          const f = failure(result);
          const kind = `${f?.code}${f?.retryable ? ' (retryable)' : ''}`;
          errors[kind] = (errors[kind] ?? 0) + 1;
          if (!f?.retryable) break;
        } catch {
          errors['connection error'] = (errors['connection error'] ?? 0) + 1;
        }
        await sleep(100);
      }
    }
  };
  const done = Promise.all(Array.from({ length: workers }, worker));
  return {
    acknowledged,
    errors,
    keysUsed: () => keysUsed,
    async stop() {
      running = false;
      await done;
    },
  };
}

/** Reads in a loop; counts answers by kind. */
function readLoad(gql: Client, workers: number) {
  let running = true;
  const outcomes: Record<string, number> = {};
  const worker = async () => {
    while (running) {
      let kind: string;
      try {
        const result = await gql(LIST);
        const f = failure(result);
        kind = f ? `${f.code}${f.retryable ? ' (retryable)' : ''}` : 'ok';
      } catch {
        kind = 'connection error';
      }
      outcomes[kind] = (outcomes[kind] ?? 0) + 1;
      await sleep(10);
    }
  };
  const done = Promise.all(Array.from({ length: workers }, worker));
  return {
    outcomes,
    async stop() {
      running = false;
      await done;
    },
  };
}

async function waitUntilReady(url: string) {
  for (let i = 0; i < 300; i++) {
    const res = await fetch(`${url}/readyz`).catch(() => null);
    if (res?.status === 200) return;
    await sleep(100);
  }
  throw new Error('the API did not become ready again');
}

describe('the database goes away under load', () => {
  let database: string;
  beforeAll(async () => {
    database = await freshDatabase(server);
  });

  it('every backend killed, then PostgreSQL restarted: no crash, recovery without a restart, no acknowledged write lost', async () => {
    api = await startApiProcess(server.url(database), { DB_POOL_MAX: '6', DB_ACQUIRE_TIMEOUT_MS: '1000' });
    const { client } = await signIn(api.url);
    const gql = client();
    const allocationId = await allocation(gql, '100000.00');
    const pay = payLoad(gql, allocationId, 4);
    const read = readLoad(gql, 4);

    await sleep(1500);
    const killed = await server.query<{ n: number }>(
      `SELECT count(pg_terminate_backend(pid))::int AS n FROM pg_stat_activity
        WHERE application_name = 'hanbin-api' AND datname = $1`,
      [database],
    );
    expect(killed[0].n).toBeGreaterThan(0);
    await sleep(1500);
    await server.restart();
    await sleep(2500);
    await pay.stop();
    await read.stop();

    // The process is still the same one, and serves again without being restarted.
    expect(api.child.exitCode).toBeNull();
    await waitUntilReady(api.url);
    const after = await gql(LIST);
    expect(after.errors).toBeUndefined();

    // Every payment a client was told about is in the books, once, with its audit row; nothing
    // else is (a payment whose answer was lost is either there, found by its key on retry, or absent).
    const rows = await server.query<{ id: string; audited: number }>(
      `SELECT d.id, (SELECT count(*)::int FROM audit_log a WHERE a.entity_id = d.id::text AND a.action = 'disbursement.record') AS audited
         FROM disbursement d WHERE d.allocation_id = $1`,
      [allocationId],
      database,
    );
    const stored = new Set(rows.map((r) => r.id));
    const acknowledgedIds = pay.acknowledged.map((a) => a.id);
    expect(pay.acknowledged.length).toBeGreaterThan(20);
    expect(acknowledgedIds.filter((id) => !stored.has(id))).toEqual([]);
    expect(new Set(acknowledgedIds).size).toBe(acknowledgedIds.length);
    expect(rows.every((r) => r.audited === 1)).toBe(true);
    expect(rows.length).toBeLessThanOrEqual(pay.keysUsed());
    const [{ disbursed }] = await server.query<{ disbursed: string }>(
      `SELECT disbursed_amount::text AS disbursed FROM fund_allocation WHERE id = $1`,
      [allocationId],
      database,
    );
    expect(disbursed).toBe((rows.length / 100).toFixed(2));

    // What clients saw while the database was away: retryable errors or dropped connections, never
    // an internal error.
    const seen = { ...pay.errors, ...read.outcomes };
    const logged = api.output().split('\n');
    expect(
      Object.keys(seen).filter((k) => k.startsWith('INTERNAL')),
      logged.filter((line) => line.includes('"level":50')).join('\n'),
    ).toEqual([]);
    expect(read.outcomes.ok).toBeGreaterThan(0);
    console.info('[reliability] outcomes under faults', {
      reads: read.outcomes,
      payments: pay.errors,
      acknowledged: pay.acknowledged.length,
      stored: rows.length,
    });
  });
});

describe('SIGTERM under load', () => {
  it('readiness turns false, requests already accepted complete, and the process exits 0', async () => {
    const database = await freshDatabase(server);
    api = await startApiProcess(server.url(database), { SHUTDOWN_DELAY_MS: '1500', SHUTDOWN_GRACE_MS: '15000' });
    const { client } = await signIn(api.url);
    const gql = client();
    const release = await lockProjects(database);
    // Accepted and waiting on the lock when the signal arrives.
    const inFlight = Array.from({ length: 5 }, () => gql(LIST));
    await sleep(300);
    api.child.kill('SIGTERM');
    await sleep(300);
    const readiness = await fetch(`${api.url}/readyz`);
    expect(readiness.status).toBe(503);
    expect(await readiness.json()).toEqual({ status: 'draining' });
    // Still serving during the delay, so a balancer has time to stop sending.
    expect((await fetch(`${api.url}/healthz`)).status).toBe(200);
    await sleep(1500);
    await release();
    const answers = await Promise.all(inFlight);
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect(answer.errors).toBeUndefined();
      expect(answer.data?.projects.totalCount).toBeGreaterThan(0);
    }
    expect(await api.exited).toBe(0);
    expect(api.output()).toContain('"msg":"draining"');
    await expect(fetch(`${api.url}/healthz`)).rejects.toThrow();
  });
});

describe('SIGTERM during an import', () => {
  it('the running check goes back to the queue, another process runs it, and nothing is left half-written', async () => {
    const database = await freshDatabase(server);
    api = await startApiProcess(server.url(database));
    const { cookie } = await signIn(api.url);
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('项目');
    sheet.addRow(['项目编号', '项目名称', '年度', '项目类别', '产业', '建设性质', '镇办代码', '责任单位']);
    for (let i = 0; i < 4000; i++)
      sheet.addRow([`SIG-${i}`, `项目${i}`, 2025, '产业发展', '茶叶', '新建', '610902102', '单位']);
    const upload = await fetch(`${api.url}/api/imports?dataset=PROJECTS&fileName=sig.xlsx`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
      body: new Uint8Array(Buffer.from(await workbook.xlsx.writeBuffer())),
    });
    expect(upload.status).toBe(202);
    const { id } = (await upload.json()) as { id: string };
    const batchOn = async (url: string) =>
      (await (await fetch(`${url}/api/imports/${id}`, { headers: { cookie } })).json()) as {
        status: string;
        rows: number;
        created: number;
        progress: { done: number; total: number | null };
      };
    // Well into its check (progress is written as it goes), then the deploy stops the process.
    for (let i = 0; i < 200 && (await batchOn(api.url)).progress.done === 0; i++) await sleep(50);
    expect((await batchOn(api.url)).status).toBe('CHECKING');
    api.child.kill('SIGTERM');
    expect(await api.exited).toBe(0);

    const db = new pg.Client({ connectionString: server.url(database) });
    await db.connect();
    try {
      const [handedBack] = (
        await db.query('SELECT status, attempts, heartbeat_at FROM import_batch WHERE id = $1', [id])
      ).rows;
      expect(handedBack).toEqual({ status: 'CHECKING', attempts: 0, heartbeat_at: null });
      // The check is a dry run: nothing of it stayed behind.
      expect((await db.query(`SELECT count(*)::int AS n FROM project WHERE code LIKE 'SIG-%'`)).rows[0].n).toBe(0);

      api = await startApiProcess(server.url(database));
      let batch = await batchOn(api.url);
      for (let i = 0; i < 600 && batch.status === 'CHECKING'; i++) {
        await sleep(100);
        batch = await batchOn(api.url);
      }
      expect(batch).toMatchObject({ status: 'CHECKED', rows: 4000, created: 4000 });
      const audits = await db.query(
        `SELECT count(*)::int AS n FROM audit_log WHERE entity_id = $1 AND action = 'import.checked'`,
        [id],
      );
      expect(audits.rows[0].n).toBe(1);
    } finally {
      await db.end();
    }
  });
});
