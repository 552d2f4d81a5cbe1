#!/usr/bin/env node
/**
 * The monitoring register at scale: household search by a full ID number and the case board, on the
 * demo register and on the same register multiplied (default ×10), on a PostgreSQL server.
 *   node bench/monitoring.mjs [--server postgres://postgres@127.0.0.1:5432/postgres] [--factor 10]
 *                             [--duration 10] [--connections 8] [--keep 1]
 * Needs `pnpm build` first. Copies get new ids, codes and lookup hashes (the sealed values are shared,
 * which does not matter to a lookup by hash). Prints a Markdown table and writes bench/results/monitoring.md.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { BENCH_PII_KEY, issueToken, loadTest, startBuiltApi, statementsPerRequest } from './lib.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const apiMain = path.join(root, 'apps/api/dist/main.js');
const args = Object.fromEntries(
  process.argv
    .slice(2)
    .reduce((pairs, a, i, all) => (a.startsWith('--') ? [...pairs, [a.slice(2), all[i + 1]]] : pairs), []),
);
const server = args.server ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const factor = Number(args.factor ?? 10);
const duration = Number(args.duration ?? 10);
const connections = Number(args.connections ?? 8);
if (!fs.existsSync(apiMain)) {
  console.error('Build first: npx -y pnpm@12.4.2 build');
  process.exit(1);
}
// The API's own cipher, to read one seeded person's ID number back for the search.
const { PiiCipher } = createRequire(import.meta.url)(path.join(root, 'apps/api/dist/common/pii.js'));

const SEARCH = `query HouseholdById($id: String!) {
  households(filter: { idNumber: $id }) { totalCount edges { node { code headName category memberCount
    village { name } members { name idNumber relation } openCase { code status } } } }
}`;
const BOARD = `query CaseBoard {
  monitoringBoard(perColumn: 20) { step { code name timeLimitDays } count overdueCount
    cases { code nextStepDueOn overdue type household { headName village { name } } } }
}`;

/** Copies every household (with persons, yearly figures, cases, steps and measures) factor − 1 times. */
async function multiply(db) {
  const client = {
    query: (sql, params) =>
      db.query(sql, params).catch((error) => {
        throw new Error(`${error.message} in: ${sql.slice(0, 120)}`);
      }),
  };
  await client.query('BEGIN');
  // Copies are made of the demo rows only, never of earlier copies.
  await client.query('CREATE TEMP TABLE original_household ON COMMIT DROP AS SELECT id FROM household');
  await client.query('CREATE TEMP TABLE original_case ON COMMIT DROP AS SELECT id FROM monitoring_case');
  for (let k = 1; k < factor; k++) {
    await client.query(
      'CREATE TEMP TABLE m AS SELECT id AS old_id, gen_random_uuid() AS new_id FROM original_household',
    );
    await client.query('CREATE TEMP TABLE cm AS SELECT id AS old_id, gen_random_uuid() AS new_id FROM original_case');
    await client.query(
      `INSERT INTO household (id, code, town_code, village_code, group_name, address, category, relocated, phone_sealed, phone_masked, head_name, member_count)
       SELECT m.new_id, h.code || '-' || $1, h.town_code, h.village_code,
              h.group_name, h.address, h.category, h.relocated, h.phone_sealed, h.phone_masked, h.head_name, h.member_count
       FROM household h JOIN m ON m.old_id = h.id`,
      [k],
    );
    await client.query(
      `INSERT INTO person (household_id, name, id_number_sealed, id_number_hash, id_number_masked, gender, birth_date, relation, health, education, labour_skill, work_status, work_place, medical_insured, pension_insured, family_doctor)
       SELECT m.new_id, p.name, p.id_number_sealed, encode(sha256(convert_to(p.id_number_hash || ':' || $1, 'UTF8')), 'hex'), p.id_number_masked, p.gender, p.birth_date,
              p.relation, p.health, p.education, p.labour_skill, p.work_status, p.work_place, p.medical_insured, p.pension_insured, p.family_doctor
       FROM person p JOIN m ON m.old_id = p.household_id`,
      [k],
    );
    await client.query(
      `INSERT INTO household_year (household_id, year, wage_income, operating_income, property_income, transfer_income, compliant_expenses, member_count, net_income_per_person, food_clothing_secure, education_secure, medical_secure, housing_secure, water_secure)
       SELECT m.new_id, y.year, y.wage_income, y.operating_income, y.property_income, y.transfer_income, y.compliant_expenses, y.member_count, y.net_income_per_person, y.food_clothing_secure, y.education_secure, y.medical_secure, y.housing_secure, y.water_secure
       FROM household_year y JOIN m ON m.old_id = y.household_id`,
    );
    await client.query(
      `INSERT INTO monitoring_case (id, code, household_id, town_code, village_code, procedure_id, type, channel, risk_kinds, reason, green_channel, status, completed_steps, next_step_due_on, opened_on, identified_on, closed_on)
       SELECT cm.new_id, substring(c.code from 1 for 7) || $1 || substring(c.code from 8), m.new_id, c.town_code, c.village_code, c.procedure_id, c.type, c.channel, c.risk_kinds, c.reason,
              c.green_channel, c.status, c.completed_steps, c.next_step_due_on, c.opened_on, c.identified_on, c.closed_on
       FROM monitoring_case c JOIN cm ON cm.old_id = c.id JOIN m ON m.old_id = c.household_id`,
      [k],
    );
    await client.query(
      `INSERT INTO monitoring_case_step (case_id, position, step_code, outcome, acted_on, due_on, late, actor_id, actor_name, note, notice_start, notice_end)
       SELECT cm.new_id, s.position, s.step_code, s.outcome, s.acted_on, s.due_on, s.late, s.actor_id, s.actor_name, s.note, s.notice_start, s.notice_end
       FROM monitoring_case_step s JOIN cm ON cm.old_id = s.case_id`,
    );
    await client.query(
      `INSERT INTO assistance_measure (case_id, kind, description, responsible_person, responsible_unit, start_on, end_on, amount, before_identification)
       SELECT cm.new_id, a.kind, a.description, a.responsible_person, a.responsible_unit, a.start_on, a.end_on, a.amount, a.before_identification
       FROM assistance_measure a JOIN cm ON cm.old_id = a.case_id`,
    );
    await client.query('DROP TABLE m, cm');
  }
  await client.query('COMMIT');
  await client.query('ANALYZE');
}

async function counts(client) {
  const [{ households, persons, cases }] = (
    await client.query(
      `SELECT (SELECT count(*) FROM household)::int AS households, (SELECT count(*) FROM person)::int AS persons,
              (SELECT count(*) FROM monitoring_case)::int AS cases`,
    )
  ).rows;
  return { households, persons, cases };
}

const admin = new pg.Client({ connectionString: server });
await admin.connect();
const dbName = `hanbin_bench_monitoring_${process.pid}`;
await admin.query(`CREATE DATABASE ${dbName}`);
const dbUrl = new URL(server);
dbUrl.pathname = `/${dbName}`;
const env = { DATABASE_URL: dbUrl.toString(), AUTO_MIGRATE: 'true', AUTO_SEED: 'true' };
const rows = [];
const db = new pg.Client({ connectionString: dbUrl.toString() });
try {
  // Production accepts only the admin's registered documents from a session: the token comes first.
  const setup = await startBuiltApi(apiMain, env, 'development');
  const authorization = await issueToken(setup.url, ['PLACES', 'MONITORING']);
  await setup.stop();
  await db.connect();
  const [{ id_number_sealed: sealed }] = (await db.query(`SELECT id_number_sealed FROM person ORDER BY id LIMIT 1`))
    .rows;
  const idNumber = new PiiCipher(Buffer.from(process.env.PII_KEY ?? BENCH_PII_KEY, 'base64')).open(sealed);
  for (const scale of [1, factor]) {
    const started = Date.now();
    if (scale > 1) await multiply(db);
    const loadedMs = Date.now() - started;
    const size = await counts(db);
    // Counted on the timed process (SQL_COUNT_HEADER), whose AsyncLocalStorage these figures include.
    const api = await startBuiltApi(apiMain, { ...env, AUTO_SEED: 'false', SQL_COUNT_HEADER: 'true' });
    try {
      for (const [name, query, variables] of [
        ['household search by full ID number', SEARCH, { id: idNumber }],
        ['case board (7 columns × 20 cases)', BOARD, undefined],
      ]) {
        const probe = await statementsPerRequest(api.url, query, authorization, variables);
        if (name.startsWith('household') && probe.data.households.totalCount !== 1)
          throw new Error('search found no household');
        await loadTest(api.url, query, { authorization, connections, duration: Math.min(3, duration), variables });
        const r = await loadTest(api.url, query, { authorization, connections, duration, variables });
        rows.push({ scale, ...size, loadedMs, name, statements: probe.statements, ...r });
        console.error(
          `×${scale} ${name}: ${r.rps} req/s, p50 ${r.p50} ms, p99 ${r.p99} ms, ${probe.statements} statements`,
        );
      }
    } finally {
      await api.stop();
    }
  }
} finally {
  await db.end().catch(() => undefined);
  if (args.keep === undefined) await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  else console.error(`kept database ${dbName}`);
  await admin.end();
}

const report = [
  `# Monitoring register at scale, ${new Date().toISOString()}`,
  '',
  `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.version}. API in production mode, one process, PostgreSQL server; a partner token with the MONITORING dataset. autocannon: ${connections} connections, ${duration} s per operation after a short warm-up.`,
  '',
  '| register | households | persons | cases | operation | SQL statements / request | requests/s | p50 ms | p90 ms | p99 ms | errors |',
  '|---|---|---|---|---|---|---|---|---|---|---|',
  ...rows.map(
    (r) =>
      `| ×${r.scale} | ${r.households} | ${r.persons} | ${r.cases} | ${r.name} | ${r.statements} | ${r.rps} | ${r.p50} | ${r.p90} | ${r.p99} | ${r.errors} |`,
  ),
  '',
].join('\n');
fs.mkdirSync(path.join(root, 'bench/results'), { recursive: true });
fs.writeFileSync(path.join(root, 'bench/results/monitoring.md'), report);
console.log(report);
