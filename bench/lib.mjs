/** Helpers shared by the benchmark scripts. */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

/** A TCP port nobody listens on right now. */
export function freePort() {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/** Signs in as the demo district administrator (changing the initial password the first time); returns the session cookie. */
export async function adminSession(url) {
  const post = (session, query, variables) => postAs(url, session, query, variables);
  const SIGN_IN = 'mutation ($input: SignInInput!) { signIn(input: $input) { mustChangePassword } }';
  const benchPassword = 'Bench-Password-2021!';
  let { res, body } = await post(null, SIGN_IN, { input: { username: 'admin', password: benchPassword } });
  if (body.errors)
    ({ res, body } = await post(null, SIGN_IN, { input: { username: 'admin', password: 'Hanbin@2021' } }));
  if (body.errors) throw new Error(`sign-in failed: ${JSON.stringify(body.errors)}`);
  const session = res.headers.get('set-cookie').split(';')[0];
  if (body.data.signIn.mustChangePassword) {
    const changed = await post(
      session,
      'mutation ($input: ChangePasswordInput!) { changePassword(input: $input) { role } }',
      {
        input: { currentPassword: 'Hanbin@2021', newPassword: benchPassword },
      },
    );
    if (changed.body.errors) throw new Error(JSON.stringify(changed.body.errors));
  }
  return session;
}

async function postAs(url, session, query, variables) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(session ? { cookie: session } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { res, body: await res.json() };
}

/** Issues a partner token for `datasets` as the demo administrator. */
export async function issueToken(url, datasets = ['PLACES', 'PROJECTS', 'FUNDS']) {
  const session = await adminSession(url);
  const post = (cookie, query, variables) => postAs(url, cookie, query, variables);
  // In production the admin's session may only send the admin's registered documents; the benchmark
  // sends its own queries, as a partner agency would, with a token.
  const issued = await post(
    session,
    'mutation ($input: CreateApiTokenInput!) { createApiToken(input: $input) { secret } }',
    {
      input: {
        name: `benchmark ${new Date().toISOString()}`,
        kind: 'PARTNER',
        datasets,
        townCodes: [],
        expiresOn: new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10),
      },
    },
  );
  if (issued.body.errors) throw new Error(JSON.stringify(issued.body.errors));
  return `Bearer ${issued.body.data.createApiToken.secret}`;
}

/** Production refuses to run on a server without a PII key; benchmarks use synthetic data and this one. */
export const BENCH_PII_KEY = Buffer.from('bench-only-key-for-synthetic-data-000000').toString('base64');

/**
 * The options `pnpm start` gives node (apps/api/package.json), so that benchmarks run the API as
 * production does, e.g. the young-generation size that cuts garbage collection on large answers.
 */
export function startNodeArgs(apiMain) {
  const pkg = JSON.parse(fs.readFileSync(path.join(path.dirname(apiMain), '..', 'package.json'), 'utf8'));
  const words = pkg.scripts.start.split(/\s+/);
  if (words[0] !== 'node') throw new Error(`unexpected start script: ${pkg.scripts.start}`);
  return words.slice(1).filter((w) => w.startsWith('--'));
}

/**
 * Starts the built API (production mode unless told, with `pnpm start`'s node options and `nodeArgs`)
 * and waits until it is ready. `wrapper` runs node under another program (`['valgrind', …]`).
 */
export async function startBuiltApi(apiMain, env, mode = 'production', nodeArgs = [], wrapper = []) {
  const port = await freePort();
  const started = process.hrtime.bigint();
  const command = [...wrapper, process.execPath, ...startNodeArgs(apiMain), ...nodeArgs, apiMain];
  const child = spawn(command[0], command.slice(1), {
    env: {
      ...process.env,
      NODE_ENV: mode,
      PII_KEY: process.env.PII_KEY ?? BENCH_PII_KEY,
      PORT: String(port),
      LOG_LEVEL: 'warn',
      ADMIN_DIST_DIR: '',
      // Statements are counted by development-mode processes; production runs as production does,
      // without the per-request AsyncLocalStorage the count needs.
      SQL_COUNT_HEADER: mode === 'production' ? 'false' : 'true',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < (wrapper.length ? 6000 : 1200); i++) {
    if (child.exitCode !== null) throw new Error(`API exited with ${child.exitCode}`);
    const ok = await fetch(`${url}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  const readyMs = Number(process.hrtime.bigint() - started) / 1e6;
  return {
    url,
    readyMs,
    pid: child.pid,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', resolve);
        child.kill('SIGTERM');
      }),
  };
}

/**
 * Sends one request and returns how many SQL statements it cost (the API's x-sql-statements header,
 * sent by development-mode processes: count on one of those, not on the process being timed).
 */
export async function statementsPerRequest(url, query, authorization, variables) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  const counted = res.headers.get('x-sql-statements');
  if (counted === null) throw new Error(`${url} does not count statements: ask a development-mode process`);
  return { statements: Number(counted), data: body.data };
}

/** The allocation the mutation benchmark pays into: the largest (side-by-side.mjs raises it further). */
export const BENCH_ALLOCATION_SQL = 'SELECT id FROM fund_allocation ORDER BY amount DESC, id LIMIT 1';

/**
 * The project whose detail the benchmarks show: the one with the most payments, not counting the
 * project the mutation pays into (each run adds thousands of payments there, which would make the
 * next run's detail another query).
 */
export async function busiestProject(db) {
  const { rows } = await db.query(
    `SELECT a.project_id AS id FROM disbursement d JOIN fund_allocation a ON a.id = d.allocation_id
      WHERE a.project_id <> (SELECT project_id FROM fund_allocation WHERE id = (${BENCH_ALLOCATION_SQL}))
      GROUP BY a.project_id ORDER BY count(*) DESC, a.project_id LIMIT 1`,
  );
  return rows[0].id;
}

/**
 * For autocannon's `verifyBody`: a GraphQL answer with errors comes with status 200, so a response
 * counts as an error unless its body names no `errors` (counted as autocannon's `mismatches`).
 */
export const answeredWithoutErrors = (body) => !body.includes('"errors":');

/**
 * A fixed number of requests of one GraphQL body (at `connections`), for the scripts that measure what
 * a request costs rather than how many pass: how many were answered, and how many failed.
 */
export async function sendRequests(url, body, { authorization, connections, amount, timeout = 10 }) {
  const result = await autocannon({
    url: `${url}/graphql`,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
    body: JSON.stringify(body),
    connections,
    amount,
    timeout,
    verifyBody: answeredWithoutErrors,
  });
  return { answered: result.requests.total, errors: result.non2xx + result.errors + result.mismatches };
}

/** autocannon against one GraphQL operation: requests/s, latency percentiles and errors. */
export async function loadTest(url, query, { authorization, connections, duration, variables }) {
  const result = await autocannon({
    url: `${url}/graphql`,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
    body: JSON.stringify({ query, variables }),
    connections,
    duration,
    verifyBody: answeredWithoutErrors,
  });
  return {
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p90: result.latency.p90,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx + result.timeouts + result.mismatches,
    requests: result.requests.total,
  };
}

/**
 * The built API and the database a benchmark of the scaled data runs on (`--database`, default
 * hanbin_bench_x100, on `--server`), with the environment that serves it as it is (no migration, no seed).
 */
export function scaledTarget(args) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const url = new URL(args.server ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  url.pathname = `/${args.database ?? 'hanbin_bench_x100'}`;
  const dbUrl = url.toString();
  return {
    apiMain: path.join(root, 'apps/api/dist/main.js'),
    database: args.database ?? 'hanbin_bench_x100',
    dbUrl,
    apiEnv: { DATABASE_URL: dbUrl, AUTO_MIGRATE: 'false', AUTO_SEED: 'false', SHUTDOWN_DELAY_MS: '0' },
  };
}
