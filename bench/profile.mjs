#!/usr/bin/env node
/**
 * Where the API process spends its CPU on one canonical read: starts the built API (production mode,
 * one process) under `node --cpu-prof`, loads it with the operation, stops it, and sums the profile's
 * self time by where the code lives (our code, each package, Node itself, garbage collection, idle).
 *
 *   node bench/profile.mjs --database hanbin_bench_x100 --op projectsPage1 [--duration 15] [--connections 16]
 *   node bench/profile.mjs --database hanbin_bench_x100 --op projectDetail --variables '{"id":"…"}'
 *
 * Operations: the canonical reads (`--variables` gives those that need some, as JSON: a project's id
 * for projectDetail, a cursor for page 1,000 through projectsPage1). Needs `pnpm build`. Keeps the .cpuprofile (open it in Chrome's DevTools)
 * and prints its path.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { canonical } from './canonical.mjs';
import { issueToken, loadTest, scaledTarget, startBuiltApi } from './lib.mjs';
import { parseArgs } from './scale.mjs';

const args = parseArgs();
const opName = args.op ?? 'projectsPage1';
const duration = Number(args.duration ?? 15);
const connections = Number(args.connections ?? 16);
const { apiMain, apiEnv: env } = scaledTarget(args);
const datasets = { partnerParks: ['PLACES', 'INDUSTRY'] }[opName] ?? ['PLACES', 'PROJECTS', 'FUNDS'];

/** The bucket a profile node's self time goes to. */
function bucketOf(frame) {
  const { url, functionName } = frame;
  if (!url) {
    if (functionName === '(garbage collector)') return 'garbage collection';
    if (functionName === '(idle)') return 'idle';
    if (functionName === '(program)') return 'V8 / native (program)';
    return `native: ${functionName || '(anonymous)'}`;
  }
  if (url.startsWith('node:')) {
    const mod = url.slice(5).split('/')[1] ?? url.slice(5);
    return `node: ${mod.replace(/\.js$/, '')}`;
  }
  const pkg = url.match(/node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/);
  if (pkg) return pkg[1];
  const ours = url.match(/apps\/api\/dist\/(.+)$/);
  if (ours) return `ours: ${ours[1].split('/').slice(0, 2).join('/')}`;
  return url;
}

async function main() {
  const query = canonical[opName]?.query;
  if (!query || opName === 'projectsPage1000')
    throw new Error(`--op must be a read (page 1,000: projectsPage1 with --variables)`);
  const setup = await startBuiltApi(apiMain, env, 'development');
  const authorization = await issueToken(setup.url, datasets);
  await setup.stop();

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hanbin-profile-'));
  const api = await startBuiltApi(apiMain, env, 'production', ['--cpu-prof', '--cpu-prof-dir', dir]);
  const variables = args.variables
    ? JSON.parse(args.variables)
    : opName === 'projectsPage1'
      ? { after: null }
      : undefined;
  await loadTest(api.url, query, { authorization, connections, duration: Math.max(3, duration / 3), variables });
  const measured = await loadTest(api.url, query, { authorization, connections, duration, variables });
  await api.stop();

  const file = fs.readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  if (!file) throw new Error(`no profile written in ${dir}`);
  const profile = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  for (let i = 0; i < profile.samples.length; i++) {
    const node = byId.get(profile.samples[i]);
    const bucket = bucketOf(node.callFrame);
    self.set(bucket, (self.get(bucket) ?? 0) + (profile.timeDeltas[i] ?? 0));
  }
  const busy = [...self].filter(([b]) => b !== 'idle').reduce((s, [, t]) => s + t, 0);
  const total = [...self.values()].reduce((s, t) => s + t, 0);
  console.log(
    `\n${opName}: ${measured.rps} req/s · p50 ${measured.p50} ms · p99 ${measured.p99} ms · errors ${measured.errors}`,
  );
  console.log(`CPU busy ${((100 * busy) / total).toFixed(0)}% of the profile; shares of busy time:\n`);
  for (const [bucket, t] of [...self]
    .filter(([b]) => b !== 'idle')
    .sort((a, b) => b[1] - a[1])
    .slice(0, 30)) {
    console.log(`${((100 * t) / busy).toFixed(1).padStart(5)}%  ${bucket}`);
  }
  console.log(`\nprofile: ${path.join(dir, file)}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
