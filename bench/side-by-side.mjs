#!/usr/bin/env node
/**
 * One run, side by side, on the same data and at the same concurrency, for each canonical operation:
 *   - ours: the built API in production mode, one process; then two processes behind a round-robin;
 *   - the ceiling: the SQL statements our API issued for that request, replayed with pgbench;
 *   - the peer: PostGraphile 5 over the same tables with the equivalent query (where one exists).
 *
 *   node bench/scale.mjs --factor 100          # once: the ×100 database
 *   node bench/side-by-side.mjs --database hanbin_bench_x100 [--duration 10] [--connections 32] [--only a,b]
 *
 * Needs `pnpm build`. Writes bench/results/side-by-side.md and prints it.
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import pg from 'pg';
import { canonical } from './canonical.mjs';
import {
  adminSession,
  answeredWithoutErrors,
  BENCH_ALLOCATION_SQL,
  BENCH_PII_KEY,
  busiestProject,
  freePort,
  issueToken,
  scaledTarget,
  startBuiltApi,
} from './lib.mjs';
import { peerCursorForPage, peerDisbursementVariables, peerOperations } from './peer/operations.mjs';
import { startPostGraphile } from './peer/postgraphile.mjs';
import { parseArgs } from './scale.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = parseArgs();
const duration = Number(args.duration ?? 10);
const connections = Number(args.connections ?? 32);
const only = args.only ? new Set(args.only.split(',')) : null;
const { apiMain, database, dbUrl, apiEnv } = scaledTarget(args);

// ---------------------------------------------------------------------------------------------
// Load generation

/** A request as autocannon sends it; `vary` makes each body different (the mutation). */
function requestOf(op) {
  const request = { method: 'POST', headers: { 'content-type': 'application/json', ...op.headers } };
  if (!op.vary) return { ...request, body: JSON.stringify(op.body) };
  return { ...request, setupRequest: (req) => ({ ...req, body: JSON.stringify(op.vary()) }) };
}

async function load(url, op) {
  const result = await autocannon({
    url: `${url}/graphql`,
    connections,
    duration,
    requests: [requestOf(op)],
    verifyBody: answeredWithoutErrors,
  });
  return {
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p95: result.latency.p97_5 ?? result.latency.p90, // autocannon reports 2.5/50/75/90/97.5/99
    p99: result.latency.p99,
    errors: result.errors + result.non2xx + result.timeouts + result.mismatches,
  };
}

/** Sends the operation once; fails on an error answer; returns the SQL statement count. */
async function once(url, op) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...op.headers },
    body: JSON.stringify(op.vary ? op.vary() : op.body),
  });
  const body = await res.json();
  if (body.errors) throw new Error(`${op.name}: ${JSON.stringify(body.errors).slice(0, 500)}`);
  return { statements: Number(res.headers.get('x-sql-statements')), data: body.data };
}

/** A plain round-robin balancer over `upstreams` (keep-alive), as a load balancer in front of two processes. */
async function roundRobin(upstreams) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  let next = 0;
  const proxy = http.createServer((req, res) => {
    const target = new URL(upstreams[next++ % upstreams.length]);
    const forward = http.request(
      { host: target.hostname, port: target.port, path: req.url, method: req.method, headers: req.headers, agent },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    forward.on('error', () => {
      res.writeHead(502);
      res.end();
    });
    req.pipe(forward);
  });
  const port = await freePort();
  await new Promise((resolve) => proxy.listen(port, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => proxy.close(r)) };
}

// ---------------------------------------------------------------------------------------------
// The ceiling: our statements, replayed by pgbench

/** SQL text with its parameters written in as literals (typed by context, as the driver's are). */
function inline(query, parameters = []) {
  const literal = (v) => {
    if (v === null || v === undefined) return 'NULL';
    if (typeof v === 'number' || typeof v === 'bigint') return String(v);
    if (typeof v === 'boolean') return v ? 'true' : 'false';
    if (Array.isArray(v))
      return `'{${v.map((x) => (x === null ? 'NULL' : `"${String(x).replace(/["\\]/g, '\\$&')}"`)).join(',')}}'`;
    if (typeof v === 'object') return `'${JSON.stringify(v).replace(/'/g, "''")}'`;
    return `'${String(v).replace(/'/g, "''")}'`;
  };
  return query.replace(/\$(\d+)/g, (_, n) => literal(parameters[Number(n) - 1]));
}

/**
 * Starts a separate API process that logs every statement (LOG_LEVEL=trace), sends the operation
 * once and returns the statements it issued for it.
 */
async function captureStatements(op) {
  const port = await freePort();
  const child = spawn(process.execPath, [apiMain], {
    env: {
      ...process.env,
      ...apiEnv,
      NODE_ENV: 'production',
      PII_KEY: process.env.PII_KEY ?? BENCH_PII_KEY,
      PORT: String(port),
      LOG_LEVEL: 'trace',
      ADMIN_DIST_DIR: '',
      SQL_COUNT_HEADER: 'true',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.on('data', (c) => {
    out += c;
  });
  const url = `http://127.0.0.1:${port}`;
  for (
    let i = 0;
    i < 1200 &&
    !(await fetch(`${url}/readyz`).then(
      (r) => r.ok,
      () => false,
    ));
    i++
  )
    await new Promise((r) => setTimeout(r, 50));
  await once(url, op); // warm: token last-used stamps, caches
  await new Promise((r) => setTimeout(r, 200));
  const mark = out.length;
  const { statements } = await once(url, op);
  await new Promise((r) => setTimeout(r, 200));
  const lines = out
    .slice(mark)
    .split('\n')
    .filter((l) => l.includes('"msg":"sql"'))
    .map((l) => JSON.parse(l));
  child.kill('SIGTERM');
  if (lines.length !== statements) {
    throw new Error(`${op.name}: captured ${lines.length} statements, the API counted ${statements}`);
  }
  return lines.map((l) => inline(l.query, l.parameters));
}

/** pgbench on a script of `statements`, one transaction per request; latency percentiles from its log. */
async function pgbench(statements, substitutions = []) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pgbench-'));
  let script = statements.map((s) => `${s.replace(/\s+/g, ' ').trim()};`).join('\n');
  for (const [from, to] of substitutions) script = script.split(from).join(to);
  // The simple protocol: pgbench substitutes only the variables it knows (:client_id, :r), so a
  // colon inside a literal (JSON in the audit row) stays as it is. One round trip per statement.
  const header = substitutions.length ? '\\set r random(1, 1000000000000)\n' : '';
  fs.writeFileSync(path.join(dir, 'script.sql'), header + script + '\n');
  const u = new URL(dbUrl);
  const argv = [
    '-n',
    '-M',
    'simple',
    '-f',
    path.join(dir, 'script.sql'),
    '-c',
    String(connections),
    '-j',
    '2',
    '-T',
    String(duration),
    '-l',
    '--log-prefix',
    path.join(dir, 'log'),
    '-h',
    u.hostname,
    '-p',
    u.port || '5432',
    '-U',
    u.username || 'postgres',
    database,
  ];
  const output = await new Promise((resolve, reject) => {
    const p = spawn('pgbench', argv, { stdio: ['ignore', 'pipe', 'pipe'] });
    let text = '';
    p.stdout.on('data', (c) => {
      text += c;
    });
    p.stderr.on('data', (c) => {
      text += c;
    });
    p.on('exit', (code) =>
      code === 0 ? resolve(text) : reject(new Error(`pgbench exited ${code}:\n${text.slice(-2000)}`)),
    );
  });
  const latencies = [];
  for (const file of fs.readdirSync(dir).filter((f) => f.startsWith('log'))) {
    for (const line of fs.readFileSync(path.join(dir, file), 'utf8').split('\n')) {
      const cols = line.split(' ');
      if (cols.length >= 3) latencies.push(Number(cols[2]) / 1000);
    }
  }
  latencies.sort((a, b) => a - b);
  const pct = (p) =>
    Math.round(latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? Number.NaN);
  const tps = Number(/tps = ([\d.]+)/.exec(output)?.[1] ?? Number.NaN);
  const failed = Number(/number of failed transactions: (\d+)/.exec(output)?.[1] ?? 0);
  fs.rmSync(dir, { recursive: true, force: true });
  return { rps: Math.round(tps), p50: pct(50), p95: pct(95), p99: pct(99), errors: failed };
}

// ---------------------------------------------------------------------------------------------
// The data-dependent variables

async function prepare(db, url, tokens, session) {
  const persisted = JSON.parse(fs.readFileSync(path.join(root, 'apps/admin/src/gql/persisted-documents.json'), 'utf8'));
  const [recordHash] = Object.entries(persisted).find(([, text]) => /mutation RecordDisbursement\b/.test(text)) ?? [];
  if (!recordHash) throw new Error('the admin has no RecordDisbursement document');
  // Room for a million cents: raise one allocation so the mutation never runs out.
  const [{ id: allocationId }] = (await db.query(BENCH_ALLOCATION_SQL)).rows;
  await db.query(`UPDATE fund_allocation SET amount = amount + 100000000 WHERE id = $1`, [allocationId]);
  const busyProject = await busiestProject(db);
  // Page 1,000: walk the cursor as a client would (only the cursor is asked for).
  console.log('finding page 1,000 of the 2021 projects by code …');
  let after = null;
  for (let page = 1; page < 1000; page++) {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: tokens.projects },
      body: JSON.stringify({
        query: `query ($after: String) { projects(first: 50, after: $after, filter: { year: 2021 }, sort: { field: CODE, direction: ASC }) { pageInfo { endCursor } } }`,
        variables: { after },
      }),
    });
    after = (await res.json()).data.projects.pageInfo.endCursor;
  }
  const idNumber = await personIdNumber(db);
  const gql = (query, variables, authorization) => ({
    headers: { authorization },
    body: { query, variables },
  });
  return {
    allocationId,
    projectsNested: gql(canonical.projectsNested.query, {}, tokens.projects),
    projectDetail: gql(canonical.projectDetail.query, { id: busyProject }, tokens.projects),
    fundingSummary: gql(canonical.fundingSummary.query, {}, tokens.projects),
    projectsPage1: gql(canonical.projectsPage1.query, { after: null }, tokens.projects),
    projectsPage1000: gql(canonical.projectsPage1000.query, { after }, tokens.projects),
    householdSearch: gql(canonical.householdSearch.query, { id: idNumber }, tokens.monitoring),
    partnerParks: gql(canonical.partnerParks.query, {}, tokens.industry),
    recordDisbursement: {
      headers: { cookie: session },
      vary: () => ({
        operationName: 'RecordDisbursement',
        variables: {
          input: {
            allocationId,
            amount: '0.01',
            paidOn: '2024-05-20',
            voucherNo: `B${randomUUID().slice(0, 18)}`,
            payee: '基准测试',
            note: '',
            idempotencyKey: randomUUID(),
          },
        },
        extensions: { persistedQuery: { version: 1, sha256Hash: recordHash } },
      }),
    },
  };
}

/** One seeded person's ID number, read back with the API's own cipher. */
async function personIdNumber(db) {
  const { PiiCipher } = createRequire(import.meta.url)(path.join(root, 'apps/api/dist/common/pii.js'));
  const cipher = new PiiCipher(Buffer.from(process.env.PII_KEY ?? BENCH_PII_KEY, 'base64'));
  const [{ sealed }] = (await db.query('SELECT id_number_sealed AS sealed FROM person ORDER BY id LIMIT 1')).rows;
  return cipher.open(sealed);
}

// ---------------------------------------------------------------------------------------------

async function main() {
  if (!fs.existsSync(apiMain)) throw new Error('Build first: npx -y pnpm@12.4.2 build');
  const db = new pg.Client({ connectionString: dbUrl });
  await db.connect();

  // Setup as a developer would do it by hand (changing the demo password, issuing tokens): the
  // production API runs only the admin's registered documents for a signed-in session.
  const first = await startBuiltApi(apiMain, apiEnv, 'development');
  const session = await adminSession(first.url);
  const tokens = {
    projects: await issueToken(first.url, ['PLACES', 'PROJECTS', 'FUNDS']),
    monitoring: await issueToken(first.url, ['PLACES', 'MONITORING']),
    industry: await issueToken(first.url, ['PLACES', 'INDUSTRY']),
  };
  console.log(`preparing on ${database} …`);
  const ops = await prepare(db, first.url, tokens, session);
  await first.stop();

  const rows = [];
  const names = Object.keys(canonical).filter((n) => !only || only.has(n));
  for (const name of names) {
    const op = { name, ...ops[name] };
    console.log(`\n${name}: ${canonical[name].title}`);
    // Ours, one process.
    const one = await startBuiltApi(apiMain, apiEnv);
    await load(one.url, op); // warm-up, as long as the run
    await once(one.url, op); // fails loudly on an error answer
    const ours1 = await load(one.url, op);
    await one.stop();
    console.log('  ours ×1', ours1);
    // Ours, two processes behind a round-robin.
    const a = await startBuiltApi(apiMain, apiEnv);
    const b = await startBuiltApi(apiMain, apiEnv);
    const balancer = await roundRobin([a.url, b.url]);
    await load(balancer.url, op);
    const ours2 = await load(balancer.url, op);
    await balancer.close();
    await Promise.all([a.stop(), b.stop()]);
    console.log('  ours ×2', ours2);
    // The ceiling, from a separate process that logs (and counts) what one warm request issues: the
    // timed processes run as production does, without the statement count.
    const captured = await captureStatements(op);
    const statements = captured.length;
    const substitutions = op.vary ? mutationSubstitutions(captured) : [];
    const ceiling = await pgbench(captured, substitutions);
    console.log('  pgbench', ceiling, `${statements} statements`);
    // The peer.
    let peerResult = null;
    let peerStatements = null;
    const peerOp = peerOperations[name];
    if (peerOp) {
      const running = await startPostGraphile(dbUrl, { port: await freePort() });
      const pop = { name: `peer ${name}`, headers: {}, ...(await peerRequest(name, peerOp, running.url, ops)) };
      const before = await running.statements();
      await once(running.url, pop);
      peerStatements = (await running.statements()) - before;
      await load(running.url, pop);
      peerResult = await load(running.url, pop);
      await running.stop();
      console.log('  peer', peerResult, `${peerStatements} statements`);
    }
    rows.push({ name, statements, ours1, ours2, ceiling, peer: peerResult, peerStatements });
  }
  await db.end();
  const report = render(rows);
  fs.mkdirSync(path.join(root, 'bench/results'), { recursive: true });
  fs.writeFileSync(path.join(root, 'bench/results/side-by-side.md'), report);
  console.log(`\n${report}`);
}

/** The peer's request for operation `name`, with the same data-dependent variables as ours. */
async function peerRequest(name, peerOp, url, ops) {
  const body = (variables) => ({ body: { query: peerOp.query, variables } });
  switch (name) {
    case 'projectDetail':
      return body(peerOp.variables(ops.projectDetail.body.variables.id));
    case 'projectsPage1':
      return body(peerOp.variables());
    case 'projectsPage1000':
      return body(peerOp.variables(await peerCursorForPage(url, 1000)));
    case 'recordDisbursement':
      return {
        vary: () => ({
          query: peerOp.query,
          variables: peerDisbursementVariables(ops.allocationId, randomUUID().slice(0, 18), { paidOn: '2024-05-20' }),
        }),
      };
    default:
      return body({});
  }
}

/** The mutation's voucher and idempotency key vary per replayed transaction, as they do per request. */
function mutationSubstitutions(statements) {
  const text = statements.join('\n');
  const voucher = /'(B[0-9a-f-]{18})'/.exec(text)?.[1];
  const key = /'([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})', 'recordDisbursement'/.exec(text)?.[1];
  const subs = [];
  if (voucher) subs.push([`'${voucher}'`, `('V' || :client_id || '-' || :r)`]);
  if (key) subs.push([`'${key}'`, `('K' || :client_id || '-' || :r)`]);
  return subs;
}

function render(rows) {
  const f = (r) => (r ? `${r.rps} | ${r.p50} | ${r.p95} | ${r.p99} | ${r.errors}` : '— | — | — | — | —');
  const ratio = (a, b) => (a && b && b.rps ? (a.rps / b.rps).toFixed(2) : '—');
  const lines = [
    `Side by side on ${database}, ${connections} connections, ${duration} s per run after an equal warm-up; ${os.cpus().length} vCPU, Node ${process.version}.`,
    '',
    '| operation | side | req/s | p50 ms | p95 ms | p99 ms | errors | SQL / request |',
    '|---|---|---|---|---|---|---|---|',
  ];
  for (const r of rows) {
    lines.push(`| ${r.name} | ours, 1 process | ${f(r.ours1)} | ${r.statements} |`);
    lines.push(`| ${r.name} | ours, 2 processes | ${f(r.ours2)} | ${r.statements} |`);
    lines.push(`| ${r.name} | pgbench (our SQL) | ${f(r.ceiling)} | ${r.statements} |`);
    lines.push(`| ${r.name} | PostGraphile 5 | ${f(r.peer)} | ${r.peerStatements ?? ''} |`);
  }
  lines.push('', '| operation | ours ÷ ceiling | ours ÷ peer | 2 processes ÷ 1 |', '|---|---|---|---|');
  for (const r of rows)
    lines.push(`| ${r.name} | ${ratio(r.ours1, r.ceiling)} | ${ratio(r.ours1, r.peer)} | ${ratio(r.ours2, r.ours1)} |`);
  return `${lines.join('\n')}\n`;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
