#!/usr/bin/env node
/**
 * What one request costs, rung by rung: the same API process (production mode) answering ever larger
 * queries, from `{ __typename }` without credentials to the nested list, each measured the same way.
 * The differences between rungs are the price of each layer (authentication, audit, a page, relations).
 *
 *   node bench/ladder.mjs --database hanbin_bench_x100 [--duration 8] [--connections 32]
 */
import { canonical } from './canonical.mjs';
import { issueToken, loadTest, scaledTarget, startBuiltApi, statementsPerRequest } from './lib.mjs';
import { parseArgs } from './scale.mjs';

const args = parseArgs();
const duration = Number(args.duration ?? 8);
const connections = Number(args.connections ?? 32);
const { apiMain, apiEnv: env } = scaledTarget(args);

const rungs = [
  ['`{ __typename }`, no credentials', '{ __typename }', false],
  ['`{ __typename }`, partner token', '{ __typename }', true],
  ['`projects(first: 1) { id }`', '{ projects(first: 1, filter: { year: 2021 }) { edges { node { id } } } }', true],
  [
    '`projects(first: 50)`, 6 scalar fields',
    '{ projects(first: 50, filter: { year: 2021 }) { edges { node { id code name status allocatedAmount year } } } }',
    true,
  ],
  ['page 1 (+ town)', canonical.projectsPage1.query, true],
  ['nested list', canonical.projectsNested.query, true],
];

async function main() {
  // The token is issued, and statements counted, by a development-mode process; the timed one runs as
  // production does (no statement count).
  const counter = await startBuiltApi(apiMain, env, 'development');
  const authorization = await issueToken(counter.url);
  const api = await startBuiltApi(apiMain, env, 'production');
  console.log('| rung | SQL statements | requests/s | p50 ms | p99 ms | errors |\n|---|---|---|---|---|---|');
  for (const [title, query, auth] of rungs) {
    const options = { authorization: auth ? authorization : undefined, connections, duration };
    await loadTest(api.url, query, { ...options, duration: Math.max(2, duration / 2) });
    // Counted warm: the first request that shows a town also reads the gazetteer.
    await statementsPerRequest(counter.url, query, options.authorization);
    const { statements } = await statementsPerRequest(counter.url, query, options.authorization);
    const r = await loadTest(api.url, query, options);
    console.log(`| ${title} | ${statements} | ${r.rps} | ${r.p50} | ${r.p99} | ${r.errors} |`);
  }
  await Promise.all([api.stop(), counter.stop()]);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
