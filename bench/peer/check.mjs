#!/usr/bin/env node
/**
 * Checks the peer against our API on the same data, once per operation (no load):
 *   node bench/peer/check.mjs [--server postgres://postgres@127.0.0.1:5432/postgres] [--database hanbin_peer_check] [--keep]
 *
 * Creates the scratch database, migrates and seeds it by starting our built API on it (development mode,
 * so the check can also sign in as the demo administrator for the mutation), starts the peer on it, runs
 * each peer operation with fetch (printing the first bytes of the answer and the SQL statements it cost),
 * runs ours, compares the numbers, and drops the database (unless --keep). Exits 1 on a mismatch.
 * Needs `npx -y pnpm@12.4.2 --filter @hanbin/api build` first.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { issueToken, startBuiltApi } from '../lib.mjs';
import { operations } from '../operations.mjs';
import {
  executionRate,
  foldPeerFundingSummary,
  PAGE_SIZE,
  peerCursorForPage,
  peerOperations,
  subtractMoney,
} from './operations.mjs';
import { startPostGraphile } from './postgraphile.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const apiMain = path.join(root, 'apps/api/dist/main.js');
const { values: args } = parseArgs({
  options: {
    server: { type: 'string', default: 'postgres://postgres@127.0.0.1:5432/postgres' },
    database: { type: 'string', default: 'hanbin_peer_check' },
    keep: { type: 'boolean', default: false },
  },
});
if (!fs.existsSync(apiMain)) {
  console.error('Build the API first: npx -y pnpm@12.4.2 --filter @hanbin/api build');
  process.exit(1);
}
if (!/^[a-z_][a-z0-9_]*$/.test(args.database)) throw new Error(`bad database name ${args.database}`);
const dbUrl = new URL(args.server);
dbUrl.pathname = `/${args.database}`;
const databaseUrl = dbUrl.toString();

/** Our API's documents for the operations bench/operations.mjs does not have (as bench/canonical.mjs has them). */
const OURS = {
  projectDetail: `query OursProjectDetail($id: ID!) {
    project(id: $id) { id code name status year tasks allocatedAmount disbursedAmount executionRate
      town { name } village { name }
      performanceTargets { level indicator targetValue unit }
      allocations { id amount disbursedAmount remainingAmount fundSource { name category level }
        disbursements { id paidOn amount voucherNo payee reverses { id } } } } }`,
  projectsPage: `query OursProjectsByCode($after: String) {
    projects(first: 50, after: $after, filter: { year: 2021 }, sort: { field: CODE, direction: ASC }) {
      pageInfo { hasNextPage endCursor }
      edges { node { id code name status allocatedAmount town { name } } } } }`,
  recordDisbursement: `mutation OursRecordDisbursement($input: RecordDisbursementInput!) {
    recordDisbursement(input: $input) { id paidOn amount voucherNo } }`,
};

async function gql(url, query, variables, headers = {}) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  const body = JSON.parse(text);
  if (body.errors) throw new Error(`${res.status} ${text.slice(0, 500)}`);
  return { data: body.data, text, res };
}

/**
 * One peer request, with what it cost in SQL statements; the first bytes of the answer are printed.
 * Reads are sent once before, so that planning and new connections' setup are not counted.
 */
async function peerRun(peer, name, query, variables, { warm = true } = {}) {
  if (warm) await gql(peer.url, query, variables);
  const before = await peer.statements();
  const { data, text } = await gql(peer.url, query, variables);
  const statements = (await peer.statements()) - before;
  console.log(`\n[peer ${name}] ${text.length} bytes, ${statements} SQL statements\n  ${text.slice(0, 240)}…`);
  return { data, statements };
}

async function oursRun(api, name, query, variables, authorization) {
  await gql(api.url, query, variables, { authorization });
  const { data, text, res } = await gql(api.url, query, variables, { authorization });
  const statements = Number(res.headers.get('x-sql-statements'));
  console.log(`[ours ${name}] ${text.length} bytes, ${statements} SQL statements`);
  return { data, statements };
}

/** Signs in as the demo administrator (changing the initial password if asked) and returns the cookie. */
async function adminCookie(url) {
  const signIn = (password) =>
    fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation ($input: SignInInput!) { signIn(input: $input) { mustChangePassword } }',
        variables: { input: { username: 'admin', password } },
      }),
    });
  let res = await signIn('Bench-Password-2021!');
  let body = await res.json();
  if (body.errors) {
    res = await signIn('Hanbin@2021');
    body = await res.json();
  }
  if (body.errors) throw new Error(`sign-in failed: ${JSON.stringify(body.errors)}`);
  const cookie = res.headers.get('set-cookie').split(';')[0];
  if (body.data.signIn.mustChangePassword) {
    await gql(
      url,
      'mutation ($input: ChangePasswordInput!) { changePassword(input: $input) { role } }',
      { input: { currentPassword: 'Hanbin@2021', newPassword: 'Bench-Password-2021!' } },
      { cookie },
    );
  }
  return cookie;
}

const checks = [];
function check(label, fn) {
  try {
    fn();
    checks.push({ label, ok: true });
    console.log(`  ok   ${label}`);
  } catch (e) {
    checks.push({ label, ok: false });
    console.log(`  FAIL ${label}\n       ${e.message.split('\n').slice(0, 8).join('\n       ')}`);
  }
}

const admin = new pg.Client({ connectionString: args.server });
await admin.connect();
await admin.query(`CREATE DATABASE ${args.database}`);
const db = new pg.Client({ connectionString: databaseUrl });
let api;
let peer;
const costs = [];
try {
  const seedStarted = Date.now();
  api = await startBuiltApi(
    apiMain,
    { DATABASE_URL: databaseUrl, AUTO_MIGRATE: 'true', AUTO_SEED: 'true' },
    'development',
  );
  console.log(`our API migrated and seeded ${args.database} in ${((Date.now() - seedStarted) / 1000).toFixed(1)} s`);
  const authorization = await issueToken(api.url);
  peer = await startPostGraphile(databaseUrl);
  console.log(`peer: ${peer.url}/graphql (pid ${peer.pid}), ready in ${(peer.readyMs / 1000).toFixed(1)} s`);
  await db.connect();

  // (a) the nested list.
  {
    const p = await peerRun(peer, 'projectsNested', peerOperations.projectsNested.query);
    const o = await oursRun(api, 'projectsNested', operations.projectsNested.query, undefined, authorization);
    costs.push(['projectsNested', o.statements, p.statements]);
    const pc = p.data.allProjects;
    const oc = o.data.projects;
    check(`totalCount of 2021 projects: ours ${oc.totalCount}, peer ${pc.totalCount}`, () =>
      assert.equal(pc.totalCount, oc.totalCount),
    );
    check('hasNextPage', () => assert.equal(pc.pageInfo.hasNextPage, oc.pageInfo.hasNextPage));
    const codes = (c) => c.edges.map((e) => e.node.code);
    check(`the 50 codes of page 1, in order (${codes(oc)[0]} … ${codes(oc).at(-1)})`, () =>
      assert.deepEqual(codes(pc), codes(oc)),
    );
    check('per project: id, status, amounts, executionRate (client side), town, village', () =>
      assert.deepEqual(
        pc.edges.map(({ node: n }) => ({
          id: n.rowId,
          status: n.status,
          allocatedAmount: n.allocatedAmount,
          disbursedAmount: n.disbursedAmount,
          executionRate: executionRate(n.disbursedAmount, n.allocatedAmount),
          town: n.townByTownCode,
          village: n.villageByVillageCode,
        })),
        oc.edges.map(({ node: n }) => ({
          id: n.id,
          status: n.status,
          allocatedAmount: n.allocatedAmount,
          disbursedAmount: n.disbursedAmount,
          executionRate: n.executionRate,
          town: n.town,
          village: n.village,
        })),
      ),
    );
    // Concurrency: more requests in flight than the pool has connections; every answer the same.
    const answers = await Promise.all(
      Array.from({ length: 48 }, () => gql(peer.url, peerOperations.projectsNested.query).then((r) => r.text)),
    );
    check('48 concurrent requests (pool of 10): all answered, all identical', () =>
      assert.equal(new Set(answers).size, 1),
    );
    check('per project: allocations (amount, disbursed, fund source) in the same order', () =>
      assert.deepEqual(
        pc.edges.map(({ node }) =>
          node.fundAllocationsByProjectId.nodes.map((a) => ({
            amount: a.amount,
            disbursedAmount: a.disbursedAmount,
            fundSource: a.fundSourceByFundSourceId,
          })),
        ),
        oc.edges.map(({ node }) => node.allocations),
      ),
    );
  }

  // (b) the three-level detail, on the project with the most payments (and a reversal, if any has one).
  {
    const {
      rows: [busiest],
    } = await db.query(`SELECT a.project_id AS id, count(*)::int AS payments, count(d.reverses_id)::int AS reversals
        FROM disbursement d JOIN fund_allocation a ON a.id = d.allocation_id
        GROUP BY a.project_id ORDER BY count(d.reverses_id) DESC, count(*) DESC, a.project_id LIMIT 1`);
    const vars = peerOperations.projectDetail.variables(busiest.id);
    const p = await peerRun(peer, 'projectDetail', peerOperations.projectDetail.query, vars);
    const o = await oursRun(api, 'projectDetail', OURS.projectDetail, { id: busiest.id }, authorization);
    costs.push(['projectDetail', o.statements, p.statements]);
    const pp = p.data.projectByRowId;
    const op = o.data.project;
    check(
      `project ${op.code} (${busiest.payments} payments, ${busiest.reversals} reversals): fields, amounts, executionRate`,
      () =>
        assert.deepEqual(
          {
            id: pp.rowId,
            code: pp.code,
            name: pp.name,
            status: pp.status,
            year: pp.year,
            tasks: pp.tasks,
            allocatedAmount: pp.allocatedAmount,
            disbursedAmount: pp.disbursedAmount,
            executionRate: executionRate(pp.disbursedAmount, pp.allocatedAmount),
            town: pp.townByTownCode,
            village: pp.villageByVillageCode,
          },
          {
            id: op.id,
            code: op.code,
            name: op.name,
            status: op.status,
            year: op.year,
            tasks: op.tasks,
            allocatedAmount: op.allocatedAmount,
            disbursedAmount: op.disbursedAmount,
            executionRate: op.executionRate,
            town: op.town,
            village: op.village,
          },
        ),
    );
    // numeric(18,4): the peer prints PostgreSQL's text ("294.0000"), ours trims the zeros ("294").
    const trimmed = (v) => v.replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '');
    check(`performance targets (${op.performanceTargets.length}), target values compared as numbers`, () =>
      assert.deepEqual(
        pp.performanceTargetsByProjectId.nodes.map((t) => ({ ...t, targetValue: trimmed(t.targetValue) })),
        op.performanceTargets,
      ),
    );
    check('allocations with fund source and remainder, their payments (peer newest first, reversed)', () =>
      assert.deepEqual(
        pp.fundAllocationsByProjectId.nodes.map((a) => ({
          id: a.rowId,
          amount: a.amount,
          disbursedAmount: a.disbursedAmount,
          remainingAmount: subtractMoney(a.amount, a.disbursedAmount),
          fundSource: a.fundSourceByFundSourceId,
          disbursements: a.disbursementsByAllocationId.nodes
            .map(({ rowId, disbursementByReversesId: r, ...d }) => ({
              id: rowId,
              ...d,
              reverses: r && { id: r.rowId },
            }))
            .reverse(),
        })),
        op.allocations,
      ),
    );
  }

  // (c) the dashboard aggregate, folded into our shape on the client.
  {
    const p = await peerRun(peer, 'fundingSummary', peerOperations.fundingSummary.query);
    const o = await oursRun(api, 'fundingSummary', operations.fundingSummary.query, undefined, authorization);
    costs.push(['fundingSummary', o.statements, p.statements]);
    const folded = foldPeerFundingSummary(p.data);
    const ours = o.data;
    check(
      `all funds, totals: allocated ${ours.all.totals.allocated}, disbursed ${ours.all.totals.disbursed}, ${ours.all.totals.projectCount} projects, ${ours.all.totals.startedProjectCount} started`,
      () => assert.deepEqual(folded.all.totals, ours.all.totals),
    );
    check(`all funds by town: ${ours.all.rows.length} rows`, () => assert.deepEqual(folded.all.rows, ours.all.rows));
    const { projectCount: peerBridgingCount, ...peerBridging } = folded.bridging.totals;
    const { projectCount: oursBridgingCount, ...oursBridging } = ours.bridging.totals;
    check(`衔接资金 totals: allocated ${oursBridging.allocated}, disbursed ${oursBridging.disbursed}`, () =>
      assert.deepEqual(peerBridging, oursBridging),
    );
    console.log(
      `  note 衔接资金 projectCount: ours ${oursBridgingCount} (distinct projects), peer ${peerBridgingCount} (sum over sources)`,
    );
    check(`衔接资金 by source: ${ours.bridging.rows.length} rows`, () =>
      assert.deepEqual(folded.bridging.rows, ours.bridging.rows),
    );
  }

  // (d) a page by cursor: page 2 and the last page (the demo data has no page 1,000).
  {
    const { rows } = await db.query('SELECT count(*)::int AS n FROM project WHERE year = 2021');
    const lastPage = Math.ceil(rows[0].n / PAGE_SIZE);
    const oursCursors = [null]; // ours: walk endCursor page by page
    for (let page = 1; page < lastPage; page++) {
      const { data } = await gql(api.url, OURS.projectsPage, { after: oursCursors.at(-1) }, { authorization });
      oursCursors.push(data.projects.pageInfo.endCursor);
    }
    for (const page of [2, lastPage]) {
      const after = await peerCursorForPage(peer.url, page);
      const p = await peerRun(peer, `projectsPage ${page}`, peerOperations.projectsPage1000.query, { after });
      const o = await oursRun(
        api,
        `projectsPage ${page}`,
        OURS.projectsPage,
        { after: oursCursors[page - 1] },
        authorization,
      );
      costs.push([`projectsPage (page ${page})`, o.statements, p.statements]);
      const pc = p.data.allProjects;
      const oc = o.data.projects;
      check(
        `page ${page}/${lastPage}: ${oc.edges.length} rows ${oc.edges[0]?.node.code} … ${oc.edges.at(-1)?.node.code}, hasNextPage ${oc.pageInfo.hasNextPage}`,
        () =>
          assert.deepEqual(
            {
              hasNextPage: pc.pageInfo.hasNextPage,
              rows: pc.edges.map(({ node: n }) => [
                n.rowId,
                n.code,
                n.name,
                n.status,
                n.allocatedAmount,
                n.townByTownCode,
              ]),
            },
            {
              hasNextPage: oc.pageInfo.hasNextPage,
              rows: oc.edges.map(({ node: n }) => [n.id, n.code, n.name, n.status, n.allocatedAmount, n.town]),
            },
          ),
      );
    }
    await peerCursorForPage(peer.url, lastPage + 1).then(
      () => check(`page ${lastPage + 1} refused`, () => assert.fail('no error')),
      (e) => check(`page ${lastPage + 1} refused: ${e.message}`, () => assert.ok(e instanceof RangeError)),
    );
  }

  // (e) one payment through each; the triggers move the allocation and the project for both.
  {
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
    const {
      rows: [alloc],
    } = await db.query(
      `SELECT a.id, a.project_id FROM fund_allocation a
        WHERE a.amount - a.disbursed_amount >= 1 AND a.allocated_on <= $1 ORDER BY a.id LIMIT 1`,
      [today],
    );
    const state = async () => {
      const { rows } = await db.query(
        `SELECT (SELECT disbursed_amount FROM fund_allocation WHERE id = $1) AS allocation,
                (SELECT disbursed_amount FROM project WHERE id = $2) AS project,
                (SELECT count(*)::int FROM audit_log) AS audit,
                (SELECT count(*)::int FROM disbursement WHERE allocation_id = $1) AS payments`,
        [alloc.id, alloc.project_id],
      );
      return rows[0];
    };
    const cookie = await adminCookie(api.url); // signing in writes audit rows: before the first count
    const s0 = await state();
    const p = await peerRun(
      peer,
      'recordDisbursement',
      peerOperations.recordDisbursement.query,
      peerOperations.recordDisbursement.variables(alloc.id, 1, { amount: '0.01', paidOn: today }),
      { warm: false },
    );
    const s1 = await state();
    const o = await gql(
      api.url,
      OURS.recordDisbursement,
      {
        input: {
          allocationId: alloc.id,
          paidOn: today,
          amount: '0.01',
          voucherNo: `OURS-${process.pid}-1`,
          note: 'check',
        },
      },
      { cookie },
    );
    const oursStatements = Number(o.res.headers.get('x-sql-statements'));
    console.log(`[ours recordDisbursement] ${o.text.length} bytes, ${oursStatements} SQL statements`);
    costs.push(['recordDisbursement', oursStatements, p.statements]);
    const s2 = await state();
    const fen = (x) => Math.round(Number(x) * 100);
    check(
      `peer insert: payment ${p.data.createDisbursement.disbursement.voucherNo} amount ${p.data.createDisbursement.disbursement.amount}`,
      () => assert.equal(s1.payments, s0.payments + 1),
    );
    check(
      `peer insert: triggers moved allocation ${s0.allocation} → ${s1.allocation} and project ${s0.project} → ${s1.project}`,
      () => assert.deepEqual([fen(s1.allocation) - fen(s0.allocation), fen(s1.project) - fen(s0.project)], [1, 1]),
    );
    check(`peer insert wrote no audit row (${s0.audit} → ${s1.audit}); ours wrote ${s2.audit - s1.audit}`, () => {
      assert.equal(s1.audit, s0.audit);
      assert.ok(s2.audit > s1.audit);
    });
    check('ours moved the same columns by the same amount', () =>
      assert.deepEqual([fen(s2.allocation) - fen(s1.allocation), fen(s2.project) - fen(s1.project)], [1, 1]),
    );
  }

  console.log('\nSQL statements per request (one request, warm):');
  console.log('| operation | ours | peer |\n|---|---|---|');
  for (const [name, ours, peerCount] of costs) console.log(`| ${name} | ${ours} | ${peerCount} |`);
} finally {
  await peer?.stop();
  await api?.stop();
  await db.end().catch(() => undefined);
  if (!args.keep) await admin.query(`DROP DATABASE IF EXISTS ${args.database} WITH (FORCE)`);
  else console.log(`kept ${databaseUrl}`);
  await admin.end();
}
const failed = checks.filter((c) => !c.ok).length;
console.log(`\n${checks.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
