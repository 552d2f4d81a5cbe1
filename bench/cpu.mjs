#!/usr/bin/env node
/**
 * CPU time the API process spends per request, for each canonical read: a fixed number of requests
 * at a fixed concurrency, the process's user + system time (from /proc) before and after. On a
 * shared machine requests per second move by ±20 % from one minute to the next; the CPU a request
 * costs moves far less, so this is how two builds are compared (`--api` names the other build's
 * main.js; run them alternately). `--peer` measures PostGraphile's process the same way, with its
 * equivalent documents (bench/peer/operations.mjs), right after ours.
 *
 *   node bench/cpu.mjs --database hanbin_bench_x100 [--requests 4000] [--connections 8]
 *        [--only projectsPage1,projectsNested] [--api /path/to/apps/api/dist/main.js] [--peer true]
 *
 * Reads use a partner token, as in the side-by-side run; the project detail shows the project with
 * the most payments. Needs `pnpm build`.
 */
import fs from 'node:fs';
import pg from 'pg';
import { readBodies } from './canonical.mjs';
import { busiestProject, freePort, issueToken, scaledTarget, sendRequests, startBuiltApi } from './lib.mjs';
import { peerOperations } from './peer/operations.mjs';
import { startPostGraphile } from './peer/postgraphile.mjs';
import { parseArgs } from './scale.mjs';

const args = parseArgs();
const requests = Number(args.requests ?? 4000);
const connections = Number(args.connections ?? 8);
const target = scaledTarget(args);
const apiMain = args.api ?? target.apiMain;
const only = args.only ? new Set(String(args.only).split(',')) : null;

const TICKS_PER_SECOND = 100;

/** User + system CPU of a process so far, in milliseconds. */
function cpuMs(pid) {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
}

async function run(url, body, authorization, amount) {
  return (await sendRequests(url, body, { authorization, connections, amount })).errors;
}

async function main() {
  const db = new pg.Client({ connectionString: target.apiEnv.DATABASE_URL });
  await db.connect();
  const busyProject = await busiestProject(db);
  await db.end();
  const ops = readBodies(busyProject);

  const setup = await startBuiltApi(apiMain, target.apiEnv, 'development');
  const authorization = await issueToken(setup.url);
  await setup.stop();
  const api = await startBuiltApi(apiMain, target.apiEnv, 'production');
  console.log(`${apiMain}, ${requests} requests per operation at ${connections} connections\n`);
  const ours = await measure(api, ops, authorization).finally(() => api.stop());
  if (!args.peer) return;
  const peerOps = {
    projectsNested: { query: peerOperations.projectsNested.query },
    projectDetail: {
      query: peerOperations.projectDetail.query,
      variables: peerOperations.projectDetail.variables(busyProject),
    },
    fundingSummary: { query: peerOperations.fundingSummary.query },
    projectsPage1: { query: peerOperations.projectsPage1.query, variables: peerOperations.projectsPage1.variables() },
  };
  const peer = await startPostGraphile(target.dbUrl, { port: await freePort() });
  console.log('\nPostGraphile 5, the same operations\n');
  const theirs = await measure(peer, peerOps, undefined).finally(() => peer.stop());
  console.log('\n| operation | peer ÷ ours (CPU per request) |\n|---|---|');
  for (const name of Object.keys(ours)) console.log(`| ${name} | ${(theirs[name] / ours[name]).toFixed(2)} |`);
}

/** CPU ms per request of the process behind `server`, for each operation; prints a table. */
async function measure(server, ops, authorization) {
  const perRequest = {};
  console.log('| operation | CPU ms / request | errors |\n|---|---|---|');
  for (const [name, body] of Object.entries(ops)) {
    if (only && !only.has(name)) continue;
    const n = name === 'fundingSummary' ? Math.ceil(requests / 4) : requests;
    await run(server.url, body, authorization, Math.ceil(n / 4)); // warm-up
    const before = cpuMs(server.pid);
    const errors = await run(server.url, body, authorization, n);
    perRequest[name] = (cpuMs(server.pid) - before) / n;
    console.log(`| ${name} | ${perRequest[name].toFixed(3)} | ${errors} |`);
  }
  return perRequest;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
