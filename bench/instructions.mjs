#!/usr/bin/env node
/**
 * Machine instructions the API process executes per request, for each canonical read, counted by
 * valgrind's callgrind: the built API runs under callgrind with counting off, takes `--requests`
 * requests to warm up (compilation, caches, pools), then counts the next `--requests`. On this
 * shared machine CPU time per request moved by ±20 % between runs of the same build, which hid
 * changes of a few per cent. At 800 requests, instruction counts of the same build repeated within
 * 0.2 % for page 1 and within 5 % for the nested list (garbage collection falls differently); at
 * 300 the JIT was still at work and page 1 counted half as much again. Compare builds alternately
 * (`--api` names the other build's main.js).
 *
 *   node bench/instructions.mjs --database hanbin_bench_x100 [--requests 800] [--connections 8]
 *        [--only projectsPage1,projectsNested] [--api /path/to/apps/api/dist/main.js]
 *
 * Needs `pnpm build` and valgrind (Debian package `valgrind`). Under callgrind the API runs some
 * fifty times slower, so each operation takes a few minutes; timings taken here mean nothing.
 * Counts include everything the process does for the requests: parsing, SQL, garbage collection.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { readBodies } from './canonical.mjs';
import { busiestProject, issueToken, scaledTarget, sendRequests, startBuiltApi } from './lib.mjs';
import { parseArgs } from './scale.mjs';

const args = parseArgs();
const requests = Number(args.requests ?? 800);
const connections = Number(args.connections ?? 8);
const target = scaledTarget(args);
const apiMain = args.api ?? target.apiMain;
const only = args.only ? new Set(String(args.only).split(',')) : null;

const fire = (url, body, authorization, amount) =>
  sendRequests(url, body, { authorization, connections, amount, timeout: 120 });

/** The instructions counted in callgrind's output files (one per dump). */
function countedIn(dir) {
  let total = 0;
  for (const file of fs.readdirSync(dir)) {
    const totals = fs.readFileSync(path.join(dir, file), 'utf8').match(/^totals: (\d+)$/m);
    if (totals) total += Number(totals[1]);
  }
  return total;
}

async function measure(name, body, authorization) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hanbin-callgrind-'));
  const api = await startBuiltApi(
    apiMain,
    target.apiEnv,
    'production',
    [],
    ['valgrind', '--tool=callgrind', '--instr-atstart=no', `--callgrind-out-file=${path.join(dir, 'callgrind.out')}`],
  );
  try {
    await fire(api.url, body, authorization, requests);
    const control = (...words) => execFileSync('callgrind_control', [...words, String(api.pid)], { stdio: 'ignore' });
    control('-i', 'on');
    const { answered, errors } = await fire(api.url, body, authorization, requests);
    control('-i', 'off');
    control('-d');
    const perRequest = countedIn(dir) / answered;
    console.log(`| ${name} | ${(perRequest / 1e6).toFixed(2)} | ${errors} |`);
    return perRequest;
  } finally {
    await api.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function main() {
  const db = new pg.Client({ connectionString: target.apiEnv.DATABASE_URL });
  await db.connect();
  const ops = readBodies(await busiestProject(db));
  await db.end();
  const setup = await startBuiltApi(apiMain, target.apiEnv, 'development');
  const authorization = await issueToken(setup.url);
  await setup.stop();
  console.log(`${apiMain}, ${requests} requests counted per operation at ${connections} connections\n`);
  console.log('| operation | million instructions / request | errors |\n|---|---|---|');
  for (const [name, body] of Object.entries(ops)) {
    if (only && !only.has(name)) continue;
    await measure(name, body, authorization);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
