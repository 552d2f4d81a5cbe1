#!/usr/bin/env node
/**
 * Benchmarks on the demo data, each run bounded in time:
 *   - the embedded engine's first start (migrations + demo seed) and a warm restart;
 *   - requests/s and latency under autocannon for the canonical operations, with the SQL statements
 *     each request issues, against the embedded engine and (with --server URL) a PostgreSQL server;
 *   - the admin production build's initial JavaScript, gzipped.
 * Usage: node bench/run.mjs [--duration 10] [--connections 32] [--server postgres://postgres@127.0.0.1:5432/postgres]
 * Needs `pnpm build` first. Prints a Markdown report and writes it to bench/results/latest.md.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import pg from 'pg';
import { issueToken, loadTest, startBuiltApi, statementsPerRequest } from './lib.mjs';
import { operations } from './operations.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const apiMain = path.join(root, 'apps/api/dist/main.js');
const adminDist = path.join(root, 'apps/admin/dist');
const args = Object.fromEntries(
  process.argv
    .slice(2)
    .reduce((pairs, a, i, all) => (a.startsWith('--') ? [...pairs, [a.slice(2), all[i + 1]]] : pairs), []),
);
const duration = Number(args.duration ?? 10);
const connections = Number(args.connections ?? 32);

if (!fs.existsSync(apiMain)) {
  console.error('Build first: npx -y pnpm@12.4.2 build');
  process.exit(1);
}

const startApi = (env, mode) => startBuiltApi(apiMain, env, mode);
/** A partner token issued by the demo administrator, for the API under test. */
let authorization;
const probe = async (url, query) => (await statementsPerRequest(url, query, authorization)).statements;
const load = (url, query) => loadTest(url, query, { authorization, connections, duration });

async function benchEngine(label, env) {
  // In production the admin's session may send only the admin's registered documents: the token is
  // issued by a development-mode process on the same database first.
  const setup = await startApi(env, 'development');
  authorization = await issueToken(setup.url);
  await setup.stop();
  // Counted on the timed process itself (the embedded engine allows one process per data directory),
  // so these figures include the statement count's per-request AsyncLocalStorage.
  const api = await startApi({ ...env, SQL_COUNT_HEADER: 'true' });
  const rows = [];
  try {
    for (const [name, op] of Object.entries(operations)) {
      const statements = await probe(api.url, op.query);
      await load(api.url, op.query).catch(() => undefined); // warm-up is the first seconds of a throwaway run
      const r = await load(api.url, op.query);
      rows.push({ engine: label, name, statements, ...r });
      console.error(`${label} ${name}: ${r.rps} req/s, p50 ${r.p50} ms, p99 ${r.p99} ms, ${statements} statements`);
    }
  } finally {
    await api.stop();
  }
  return rows;
}

function initialJsGzip() {
  const html = fs.readFileSync(path.join(adminDist, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map((m) => m[1]);
  const bytes = files.map((f) => zlib.gzipSync(fs.readFileSync(path.join(adminDist, f)), { level: 9 }).length);
  return { files, gzip: bytes.reduce((a, b) => a + b, 0) };
}

const report = [];
const line = (s = '') => report.push(s);
line(`# Benchmark run ${new Date().toISOString()}`);
line();
line(
  `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.version}. API in production mode, one process. autocannon: ${connections} connections, ${duration} s per operation after a ${duration} s warm-up.`,
);
line();

// 1. Embedded engine start-up on an empty directory, then on the same directory again.
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hanbin-bench-'));
const cold = await startApi({ EMBEDDED_DATA_DIR: dataDir });
await cold.stop();
const warm = await startApi({ EMBEDDED_DATA_DIR: dataDir });
await warm.stop();
line('## Embedded engine start-up (install excluded)');
line();
line('| start | until /readyz answers |');
line('|---|---|');
line(`| first start: create the database, migrate, seed the demo data | ${(cold.readyMs / 1000).toFixed(2)} s |`);
line(`| later start: existing data directory | ${(warm.readyMs / 1000).toFixed(2)} s |`);
line();

// 2. Load.
const rows = await benchEngine('embedded', { EMBEDDED_DATA_DIR: dataDir });
if (args.server) {
  const admin = new pg.Client({ connectionString: args.server });
  await admin.connect();
  const db = `hanbin_bench_${process.pid}`;
  await admin.query(`CREATE DATABASE ${db}`);
  const url = new URL(args.server);
  url.pathname = `/${db}`;
  try {
    rows.push(
      ...(await benchEngine('server', { DATABASE_URL: url.toString(), AUTO_MIGRATE: 'true', AUTO_SEED: 'true' })),
    );
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
    await admin.end();
  }
}
fs.rmSync(dataDir, { recursive: true, force: true });
line('## Throughput and latency');
line();
line('| engine | operation | SQL statements / request | requests/s | p50 ms | p90 ms | p99 ms | errors | requests |');
line('|---|---|---|---|---|---|---|---|---|');
for (const r of rows) {
  line(
    `| ${r.engine} | ${operations[r.name].description} | ${r.statements} | ${r.rps} | ${r.p50} | ${r.p90} | ${r.p99} | ${r.errors} | ${r.requests} |`,
  );
}
line();

// 3. Admin bundle.
if (fs.existsSync(path.join(adminDist, 'index.html'))) {
  const js = initialJsGzip();
  line('## Admin production build');
  line();
  line(
    `Initial JavaScript (entry + modulepreload, gzip -9): **${(js.gzip / 1024).toFixed(1)} KiB** in ${js.files.length} file(s). Every route is a lazy chunk loaded on navigation.`,
  );
  line();
}

const text = report.join('\n');
fs.mkdirSync(path.join(root, 'bench/results'), { recursive: true });
fs.writeFileSync(path.join(root, 'bench/results/latest.md'), `${text}\n`);
console.log(text);
