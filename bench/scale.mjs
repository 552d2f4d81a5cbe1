#!/usr/bin/env node
/**
 * The district at scale: a database of its own with the demo data multiplied (default ×100), for the
 * benchmarks that must not flatter themselves with a small table.
 *
 *   node bench/scale.mjs [--factor 100] [--database hanbin_bench_x100] [--server postgres://postgres@127.0.0.1:5432/postgres]
 *
 * Needs `pnpm build` first. The demo data is seeded by the built API (same migrations, same seed), then
 * copied factor − 1 times inside PostgreSQL with multi-row INSERT … SELECT (deterministic: copy k of a
 * row is a function of the row and k; only the new uuids are random). Per copy:
 * - projects, their status history, performance targets and allocations (codes get "-k");
 * - payments: each payment nobody reversed is split into 4 (the cents add up exactly to the original),
 *   so ×100 gives about a million; reversed payments and their reversals are copied as they are;
 * - households, members (new lookup hashes, the same sealed values), yearly figures, cases with their
 *   steps and measures;
 * - parks (with villages, years and benefit links to the copied households);
 * - work teams, members and first secretaries as past terms (a village has one team and one secretary
 *   in post; the copies are the history of earlier rotations).
 * Triggers are off while loading (session_replication_role = replica): the denormalised totals are
 * copied consistent and the project and fund tallies are recounted at the end; checks and unique indexes still
 * apply. Prints rows per table and the time.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { BENCH_PII_KEY, freePort } from './lib.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const apiMain = path.join(root, 'apps/api/dist/main.js');

/** `--name value` pairs from the command line. */
export function parseArgs(argv = process.argv.slice(2)) {
  return Object.fromEntries(
    argv.reduce((pairs, a, i, all) => (a.startsWith('--') ? [...pairs, [a.slice(2), all[i + 1]]] : pairs), []),
  );
}

/** Seeds the demo data into `url` by starting the built API once with AUTO_MIGRATE and AUTO_SEED. */
async function seedWithApi(url) {
  const port = await freePort();
  const child = spawn(process.execPath, [apiMain], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: url,
      AUTO_MIGRATE: 'true',
      AUTO_SEED: 'true',
      PII_KEY: process.env.PII_KEY ?? BENCH_PII_KEY,
      PORT: String(port),
      LOG_LEVEL: 'warn',
      ADMIN_DIST_DIR: '',
      SHUTDOWN_DELAY_MS: '0',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`the API exited with ${child.exitCode} while seeding`);
    if (
      await fetch(`http://127.0.0.1:${port}/readyz`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    if (i > 2400) throw new Error('the API did not become ready');
    await new Promise((r) => setTimeout(r, 50));
  }
  child.kill('SIGTERM');
  await exited;
}

/**
 * INSERT INTO table SELECT … with every column of `table` taken from alias `t` unless `set` says
 * otherwise; `from` is the FROM clause that binds `t` (and any map tables).
 */
async function copyRows(db, table, from, set = {}) {
  const { rows } = await db.query(
    `SELECT column_name FROM information_schema.columns
      WHERE table_schema = 'public' AND table_name = $1 AND is_generated = 'NEVER' ORDER BY ordinal_position`,
    [table],
  );
  const columns = rows.map((r) => r.column_name);
  const values = columns.map((c) => set[c] ?? `t.${c}`);
  const started = Date.now();
  const result = await db.query(`INSERT INTO ${table} (${columns.join(', ')}) SELECT ${values.join(', ')} ${from}`);
  return { table, rows: result.rowCount, ms: Date.now() - started };
}

/** Copies the demo rows factor − 1 times (see the header). Returns what each statement inserted. */
export async function multiply(db, factor) {
  const copies = factor - 1;
  const log = [];
  const step = async (promise) => {
    const r = await promise;
    log.push(r);
    console.log(`  ${r.table.padEnd(24)} +${String(r.rows).padStart(9)}  ${(r.ms / 1000).toFixed(1)} s`);
  };
  const map = async (name, sql) => {
    await db.query(`CREATE TEMP TABLE ${name} AS ${sql}`);
    await db.query(`CREATE INDEX ON ${name} (old_id, k)`);
    await db.query(`ANALYZE ${name}`);
  };
  await db.query('BEGIN');
  await db.query("SET LOCAL session_replication_role = 'replica'");
  const k = `generate_series(1, ${copies}) AS k`;

  // Money: projects → allocations → payments.
  await map('map_project', `SELECT p.id AS old_id, k, gen_random_uuid() AS new_id FROM project p CROSS JOIN ${k}`);
  await step(
    copyRows(db, 'project', 'FROM project t JOIN map_project m ON m.old_id = t.id', {
      id: 'm.new_id',
      code: `t.code || '-' || m.k`,
    }),
  );
  await step(
    copyRows(
      db,
      'project_status_change',
      'FROM project_status_change t JOIN map_project m ON m.old_id = t.project_id',
      {
        id: 'gen_random_uuid()',
        project_id: 'm.new_id',
      },
    ),
  );
  await step(
    copyRows(db, 'performance_target', 'FROM performance_target t JOIN map_project m ON m.old_id = t.project_id', {
      id: 'gen_random_uuid()',
      project_id: 'm.new_id',
    }),
  );
  await map(
    'map_allocation',
    `SELECT a.id AS old_id, m.k, gen_random_uuid() AS new_id, m.new_id AS project_id
       FROM fund_allocation a JOIN map_project m ON m.old_id = a.project_id`,
  );
  await step(
    copyRows(db, 'fund_allocation', 'FROM fund_allocation t JOIN map_allocation m ON m.old_id = t.id', {
      id: 'm.new_id',
      project_id: 'm.project_id',
    }),
  );
  // A payment splits into 4 when nothing reverses it and each piece keeps at least a cent.
  await map(
    'map_payment',
    `WITH split AS (
       SELECT d.id, CASE WHEN d.reverses_id IS NULL AND d.amount >= 0.04 AND r.reverses_id IS NULL THEN 4 ELSE 1 END AS n
         FROM disbursement d
         LEFT JOIN (SELECT DISTINCT reverses_id FROM disbursement WHERE reverses_id IS NOT NULL) r ON r.reverses_id = d.id)
     SELECT d.id AS old_id, ma.k, ma.new_id AS allocation_id, piece, split.n, gen_random_uuid() AS new_id
       FROM disbursement d
       JOIN split ON split.id = d.id
       JOIN map_allocation ma ON ma.old_id = d.allocation_id
       CROSS JOIN LATERAL generate_series(1, split.n) AS piece`,
  );
  await step(
    copyRows(
      db,
      'disbursement',
      `FROM disbursement t JOIN map_payment m ON m.old_id = t.id
       LEFT JOIN map_payment o ON o.old_id = t.reverses_id AND o.k = m.k`,
      {
        id: 'm.new_id',
        allocation_id: 'm.allocation_id',
        amount: `CASE WHEN m.piece < m.n THEN trunc(t.amount / m.n, 2) ELSE t.amount - (m.n - 1) * trunc(t.amount / m.n, 2) END`,
        voucher_no: `t.voucher_no || '-' || m.k || CASE WHEN m.n > 1 THEN '.' || m.piece ELSE '' END`,
        reverses_id: 'o.new_id',
      },
    ),
  );

  // The monitoring register.
  await map('map_household', `SELECT h.id AS old_id, k, gen_random_uuid() AS new_id FROM household h CROSS JOIN ${k}`);
  await step(
    copyRows(db, 'household', 'FROM household t JOIN map_household m ON m.old_id = t.id', {
      id: 'm.new_id',
      code: `t.code || '-' || m.k`,
    }),
  );
  await step(
    copyRows(db, 'person', 'FROM person t JOIN map_household m ON m.old_id = t.household_id', {
      id: 'gen_random_uuid()',
      household_id: 'm.new_id',
      id_number_hash: `encode(sha256(convert_to(t.id_number_hash || ':' || m.k, 'UTF8')), 'hex')`,
    }),
  );
  await step(
    copyRows(db, 'household_year', 'FROM household_year t JOIN map_household m ON m.old_id = t.household_id', {
      household_id: 'm.new_id',
    }),
  );
  await map(
    'map_case',
    `SELECT c.id AS old_id, m.k, gen_random_uuid() AS new_id, m.new_id AS household_id
       FROM monitoring_case c JOIN map_household m ON m.old_id = c.household_id`,
  );
  await step(
    copyRows(db, 'monitoring_case', 'FROM monitoring_case t JOIN map_case m ON m.old_id = t.id', {
      id: 'm.new_id',
      household_id: 'm.household_id',
      code: `t.code || '-' || m.k`,
    }),
  );
  for (const table of ['monitoring_case_step', 'assistance_measure', 'risk_elimination', 'follow_up_visit']) {
    await step(
      copyRows(db, table, `FROM ${table} t JOIN map_case m ON m.old_id = t.case_id`, {
        id: 'gen_random_uuid()',
        case_id: 'm.new_id',
      }),
    );
  }

  // Industry.
  await map('map_park', `SELECT p.id AS old_id, k, gen_random_uuid() AS new_id FROM industrial_park p CROSS JOIN ${k}`);
  await step(
    copyRows(db, 'industrial_park', 'FROM industrial_park t JOIN map_park m ON m.old_id = t.id', {
      id: 'm.new_id',
      code: `t.code || '-' || m.k`,
      name: `t.name || '（' || m.k || '）'`,
    }),
  );
  for (const table of ['park_village', 'park_year']) {
    await step(copyRows(db, table, `FROM ${table} t JOIN map_park m ON m.old_id = t.park_id`, { park_id: 'm.new_id' }));
  }
  await step(
    copyRows(
      db,
      'benefit_link',
      `FROM benefit_link t JOIN map_park m ON m.old_id = t.park_id
       JOIN map_household h ON h.old_id = t.household_id AND h.k = m.k`,
      { id: 'gen_random_uuid()', park_id: 'm.new_id', household_id: 'h.new_id' },
    ),
  );

  // Stationing: earlier terms. Copy k lies k × 400 days before the original and lasted 365 days.
  await map('map_cadre', `SELECT c.id AS old_id, k, gen_random_uuid() AS new_id FROM cadre c CROSS JOIN ${k}`);
  await step(copyRows(db, 'cadre', 'FROM cadre t JOIN map_cadre m ON m.old_id = t.id', { id: 'm.new_id' }));
  await map('map_team', `SELECT w.id AS old_id, k, gen_random_uuid() AS new_id FROM work_team w CROSS JOIN ${k}`);
  await step(
    copyRows(db, 'work_team', 'FROM work_team t JOIN map_team m ON m.old_id = t.id', {
      id: 'm.new_id',
      formed_on: 't.formed_on - m.k * 400',
      dissolved_on: 't.formed_on - m.k * 400 + 365',
    }),
  );
  await step(
    copyRows(
      db,
      'work_team_member',
      `FROM work_team_member t JOIN map_team m ON m.old_id = t.team_id
       JOIN map_cadre c ON c.old_id = t.cadre_id AND c.k = m.k JOIN work_team w ON w.id = t.team_id`,
      {
        id: 'gen_random_uuid()',
        team_id: 'm.new_id',
        cadre_id: 'c.new_id',
        started_on: 'w.formed_on - m.k * 400',
        ended_on: 'w.formed_on - m.k * 400 + 365',
        end_reason: `'ROTATED'`,
      },
    ),
  );
  await step(
    copyRows(
      db,
      'first_secretary',
      `FROM first_secretary t JOIN map_cadre c ON c.old_id = t.cadre_id CROSS JOIN LATERAL (SELECT c.k) m`,
      {
        id: 'gen_random_uuid()',
        cadre_id: 'c.new_id',
        started_on: 't.started_on - m.k * 400',
        ended_on: 't.started_on - m.k * 400 + 365',
        end_reason: `'ROTATED'`,
      },
    ),
  );
  // The project tally (its triggers were off too): recounted from the projects, as its migration does.
  await db.query('DELETE FROM project_tally');
  await db.query(`INSERT INTO project_tally (year, town_code, status, category, industry, projects)
    SELECT year, town_code, status, category, industry, count(*) FROM project
     GROUP BY year, town_code, status, category, industry`);
  // The funding summary's tallies likewise, by the function their migration recounts them with.
  await db.query('SELECT fund_tally_recount()');
  await db.query('COMMIT');
  return log;
}

/** Rows per table, largest first. */
export async function tableRows(db) {
  const { rows } = await db.query(
    `SELECT relname AS table, n_live_tup::bigint AS rows FROM pg_stat_user_tables WHERE schemaname = 'public' AND n_live_tup > 0 ORDER BY n_live_tup DESC`,
  );
  return rows.map((r) => ({ table: r.table, rows: Number(r.rows) }));
}

async function main() {
  const args = parseArgs();
  const factor = Number(args.factor ?? 100);
  const database = args.database ?? `hanbin_bench_x${factor}`;
  const server = args.server ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  if (!fs.existsSync(apiMain)) {
    console.error('Build first: npx -y pnpm@12.4.2 build');
    process.exit(1);
  }
  if (!Number.isInteger(factor) || factor < 1 || factor > 1000) throw new Error('--factor must be 1 … 1000');
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${database}`);
  await admin.end();
  const url = new URL(server);
  url.pathname = `/${database}`;

  const started = Date.now();
  console.log(`seeding the demo data into ${database} …`);
  await seedWithApi(url.toString());
  const seededMs = Date.now() - started;
  const db = new pg.Client({ connectionString: url.toString() });
  await db.connect();
  console.log(`copying it ${factor - 1} times …`);
  const copyStarted = Date.now();
  await multiply(db, factor);
  const copyMs = Date.now() - copyStarted;
  const analyzeStarted = Date.now();
  await db.query('VACUUM (ANALYZE)');
  const analyzeMs = Date.now() - analyzeStarted;
  const rows = await tableRows(db);
  const [{ size }] = (await db.query('SELECT pg_size_pretty(pg_database_size(current_database())) AS size')).rows;
  await db.end();
  console.log(`\n| table | rows |\n|---|---|`);
  for (const r of rows) console.log(`| ${r.table} | ${r.rows.toLocaleString('en-US')} |`);
  console.log(
    `\n×${factor} in ${database}: seed ${(seededMs / 1000).toFixed(1)} s, copies ${(copyMs / 1000).toFixed(1)} s, ` +
      `VACUUM ANALYZE ${(analyzeMs / 1000).toFixed(1)} s, total ${((Date.now() - started) / 1000).toFixed(1)} s, ${size}`,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
