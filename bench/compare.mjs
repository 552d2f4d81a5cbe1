#!/usr/bin/env node
/**
 * Side by side, in one run: the nested projects list on two builds of the API over the same seeded
 * PostgreSQL database, alternating A, B, A, B so drift in the machine hits both alike.
 *   node bench/compare.mjs --a <dir of a checkout, built> --a-auth none --b . --b-auth token \
 *     --server postgres://postgres@127.0.0.1:5432/postgres [--duration 10] [--rounds 2]
 * `--x-auth none` sends no credentials (a build before access control); `token` signs in as the demo
 * administrator and issues a partner token (authorization on, every read audited).
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { freePort, issueToken } from './lib.mjs';
import { operations } from './operations.mjs';

const args = Object.fromEntries(
  process.argv
    .slice(2)
    .reduce((pairs, a, i, all) => (a.startsWith('--') ? [...pairs, [a.slice(2), all[i + 1]]] : pairs), []),
);
const duration = Number(args.duration ?? 10);
const rounds = Number(args.rounds ?? 2);
const connections = Number(args.connections ?? 32);

async function start(dir, databaseUrl, mode = 'production') {
  const port = await freePort();
  const child = spawn(process.execPath, [path.resolve(dir, 'apps/api/dist/main.js')], {
    env: {
      ...process.env,
      NODE_ENV: mode,
      PORT: String(port),
      LOG_LEVEL: 'warn',
      ADMIN_DIST_DIR: '',
      DATABASE_URL: databaseUrl,
      AUTO_MIGRATE: 'true',
      AUTO_SEED: 'true',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 600; i++) {
    if (
      await fetch(`${url}/readyz`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    url,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', resolve);
        child.kill('SIGTERM');
      }),
  };
}

async function measure(url, headers) {
  const body = JSON.stringify({ query: operations.projectsNested.query });
  const check = await (
    await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body })
  ).json();
  if (check.errors) throw new Error(JSON.stringify(check.errors));
  const r = await autocannon({
    url: `${url}/graphql`,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
    connections,
    duration,
  });
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.non2xx + r.timeouts };
}

const admin = new pg.Client({ connectionString: args.server });
await admin.connect();
const sides = [];
for (const side of ['a', 'b']) {
  const db = `hanbin_compare_${side}_${process.pid}`;
  await admin.query(`CREATE DATABASE ${db}`);
  const url = new URL(args.server);
  url.pathname = `/${db}`;
  let headers = {};
  if (args[`${side}-auth`] === 'token') {
    // In production the admin's session may send only the admin's registered documents, so the
    // token is issued by a development-mode process first.
    const setup = await start(args[side], url.toString(), 'development');
    headers = { authorization: await issueToken(setup.url) };
    await setup.stop();
  }
  const api = await start(args[side], url.toString());
  await measure(api.url, headers); // warm-up
  sides.push({ side, db, api, headers, runs: [] });
}
for (let round = 0; round < rounds; round++) {
  for (const s of sides) s.runs.push(await measure(s.api.url, s.headers));
}
for (const s of sides) {
  await s.api.stop();
  await admin.query(`DROP DATABASE IF EXISTS ${s.db} WITH (FORCE)`);
}
await admin.end();
console.log(`| build | credentials | requests/s (each run) | p50 ms | p99 ms | errors |`);
console.log('|---|---|---|---|---|---|');
for (const s of sides) {
  console.log(
    `| ${args[s.side]} | ${args[`${s.side}-auth`]} | ${s.runs.map((r) => Math.round(r.rps)).join(', ')} | ${s.runs.map((r) => r.p50).join(', ')} | ${s.runs.map((r) => r.p99).join(', ')} | ${s.runs.reduce((n, r) => n + r.errors, 0)} |`,
  );
}
