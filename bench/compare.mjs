#!/usr/bin/env node
/**
 * Side by side, in one run: the nested projects list on two builds of the API over the same seeded
 * PostgreSQL database, alternating A, B, A, B so drift in the machine hits both alike.
 *   node bench/compare.mjs --a <dir of a checkout, built> --a-auth none --b . --b-auth token \
 *     --server postgres://postgres@127.0.0.1:5432/postgres [--duration 10] [--rounds 2]
 * `--x-auth none` sends no credentials (a build before access control); `token` signs in as the demo
 * administrator and issues a partner token (authorization on, every read audited).
 */
import path from 'node:path';
import pg from 'pg';
import { issueToken, loadTest, startBuiltApi, statementsPerRequest } from './lib.mjs';
import { operations } from './operations.mjs';

const args = Object.fromEntries(
  process.argv
    .slice(2)
    .reduce((pairs, a, i, all) => (a.startsWith('--') ? [...pairs, [a.slice(2), all[i + 1]]] : pairs), []),
);
const duration = Number(args.duration ?? 10);
const rounds = Number(args.rounds ?? 2);
const connections = Number(args.connections ?? 32);

const start = (dir, databaseUrl, mode) =>
  startBuiltApi(
    path.resolve(dir, 'apps/api/dist/main.js'),
    { DATABASE_URL: databaseUrl, AUTO_MIGRATE: 'true', AUTO_SEED: 'true' },
    mode,
  );

async function measure(url, authorization) {
  const query = operations.projectsNested.query;
  await statementsPerRequest(url, query, authorization); // fails loudly on an error answer
  return loadTest(url, query, { authorization, connections, duration });
}

const admin = new pg.Client({ connectionString: args.server });
await admin.connect();
const sides = [];
for (const side of ['a', 'b']) {
  const db = `hanbin_compare_${side}_${process.pid}`;
  await admin.query(`CREATE DATABASE ${db}`);
  const url = new URL(args.server);
  url.pathname = `/${db}`;
  let authorization;
  if (args[`${side}-auth`] === 'token') {
    // In production the admin's session may send only the admin's registered documents, so the
    // token is issued by a development-mode process first.
    const setup = await start(args[side], url.toString(), 'development');
    authorization = await issueToken(setup.url);
    await setup.stop();
  }
  const api = await start(args[side], url.toString());
  await measure(api.url, authorization); // warm-up
  sides.push({ side, db, api, authorization, runs: [] });
}
for (let round = 0; round < rounds; round++) {
  for (const s of sides) s.runs.push(await measure(s.api.url, s.authorization));
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
