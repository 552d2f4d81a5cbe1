// Export and import at scale, against the built API in production mode on a server database:
//   node bench/exchange.mjs [--database hanbin_bench_x100] [--rows 10000] [--from 2021-05-01 --to 2021-06-02]
// 1. Exports the payments of 2021-05-01 … 2021-06-02 (about 100,000 rows on the ×100 data, see
//    scale.mjs) as the district administrator, as the admin does (its registered documents), and
//    reports the time to the finished file, its size, and the API process's peak resident memory
//    during the export (sampled from /proc every 50 ms) against its resident memory before.
// 2. Builds an .xlsx of --rows new projects, uploads it (the check, a dry run, runs in the
//    background) and commits it (also in the background), polling the batch as the admin does;
//    reports both times to the settled batch and how many progress figures the polls saw; then
//    removes the projects it created (the audit rows stay: append-only).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import ExcelJS from 'exceljs';
import pg from 'pg';
import { adminSession, startBuiltApi } from './lib.mjs';

const { values: args } = parseArgs({
  options: {
    database: { type: 'string' },
    rows: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
  },
});
const database = args.database ?? 'hanbin_bench_x100';
const importRows = Number(args.rows ?? 10_000);
const here = path.dirname(fileURLToPath(import.meta.url));
const apiMain = path.resolve(here, '../apps/api/dist/main.js');
const dbUrl = `postgres://postgres@127.0.0.1:5432/${database}`;

// The admin's registered documents: production sessions may send only these, by hash.
const manifest = JSON.parse(readFileSync(path.resolve(here, '../apps/admin/src/gql/persisted-documents.json'), 'utf8'));
const hashOf = (operation) => {
  const entry = Object.entries(manifest).find(([, text]) =>
    new RegExp(`\\b(mutation|query) ${operation}\\b`).test(text),
  );
  if (!entry) throw new Error(`${operation} is not among the admin's documents`);
  return entry[0];
};

function rssOf(pid, field = 'VmRSS') {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith(`${field}:`));
  return Number(line.split(/\s+/)[1]) * 1024;
}
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

const env = {
  DATABASE_URL: dbUrl,
  AUTO_MIGRATE: 'true',
  AUTO_SEED: 'false',
  SHUTDOWN_DELAY_MS: '0',
  JOB_POLL_MS: '200',
  TRUSTED_DOCUMENTS_PATH: path.resolve(here, '../apps/admin/src/gql/persisted-documents.json'),
};
// The demo administrator's first sign-in changes the initial password, which a production session
// may do only through the admin's pages: do it once on a development-mode API.
const setup = await startBuiltApi(apiMain, env, 'development');
await adminSession(setup.url);
await setup.stop();
const api = await startBuiltApi(apiMain, env);
try {
  const cookie = await adminSession(api.url);
  const registered = async (operation, variables) => {
    const res = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({
        operationName: operation,
        variables,
        extensions: { persistedQuery: { version: 1, sha256Hash: hashOf(operation) } },
      }),
    });
    const body = await res.json();
    if (body.errors) throw new Error(`${operation}: ${JSON.stringify(body.errors)}`);
    return body.data;
  };

  // ── export ──
  const filter = { paidFrom: args.from ?? '2021-05-01', paidTo: args.to ?? '2021-06-02' };
  const before = rssOf(api.pid);
  let peak = before;
  const sampler = setInterval(() => {
    peak = Math.max(peak, rssOf(api.pid));
  }, 50);
  const t0 = performance.now();
  const { startExport } = await registered('StartExport', {
    input: { dataset: 'DISBURSEMENTS', variables: { filter } },
  });
  let job;
  while (true) {
    ({ exportJob: job } = await registered('ExportJob', { id: startExport.id }));
    if (job.status === 'SUCCEEDED' || job.status === 'FAILED') break;
    await new Promise((r) => setTimeout(r, 200));
  }
  const exportMs = performance.now() - t0;
  clearInterval(sampler);
  if (job.status !== 'SUCCEEDED') throw new Error(`export failed: ${job.error}`);
  const t1 = performance.now();
  const file = Buffer.from(await (await fetch(`${api.url}${job.downloadUrl}`, { headers: { cookie } })).arrayBuffer());
  const downloadMs = performance.now() - t1;
  console.log(
    `export: ${job.doneRows} payments → ${mb(file.length)} .xlsx in ${(exportMs / 1000).toFixed(1)} s ` +
      `(${Math.round(job.doneRows / (exportMs / 1000))} rows/s); download ${(downloadMs / 1000).toFixed(1)} s; ` +
      `API resident memory ${mb(before)} before, peak ${mb(peak)} during (+${mb(peak - before)})`,
  );

  // ── import ──
  /** Polls a batch every 200 ms until it leaves `running`; counts the distinct progress figures seen. */
  async function settled(id, running) {
    const seen = new Set();
    while (true) {
      const batch = await (await fetch(`${api.url}/api/imports/${id}`, { headers: { cookie } })).json();
      if (batch.status !== running) return { batch, updates: seen.size };
      if (batch.progress?.done > 0) seen.add(batch.progress.done);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('项目库');
  sheet.addRow(['汉滨区乡村振兴局 · 项目库导入']);
  sheet.addRow(['benchmark']);
  sheet.addRow([
    '项目编号',
    '项目名称',
    '年度',
    '项目类别',
    '产业',
    '建设性质',
    '镇办代码',
    '责任单位',
    '受益户数',
    '受益人数',
  ]);
  for (let i = 0; i < importRows; i++) {
    sheet.addRow([
      `BENCH-${String(i).padStart(6, '0')}`,
      `导入基准项目 ${i}`,
      2030,
      '产业发展',
      '茶叶',
      '新建',
      '610902102',
      '瀛湖镇人民政府',
      10,
      30,
    ]);
  }
  const upload = Buffer.from(await workbook.xlsx.writeBuffer());
  const t2 = performance.now();
  const checkedRes = await fetch(`${api.url}/api/imports?dataset=PROJECTS&fileName=bench.xlsx`, {
    method: 'POST',
    headers: { cookie, 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
    body: new Uint8Array(upload),
  });
  const accepted = await checkedRes.json();
  const acceptMs = performance.now() - t2;
  if (checkedRes.status !== 202) throw new Error(`upload: ${JSON.stringify(accepted).slice(0, 500)}`);
  const checked = await settled(accepted.id, 'CHECKING');
  const checkMs = performance.now() - t2;
  if (checked.batch.status !== 'CHECKED') throw new Error(`check: ${JSON.stringify(checked.batch).slice(0, 500)}`);
  const t3 = performance.now();
  const committedRes = await fetch(`${api.url}/api/imports/${accepted.id}/commit`, {
    method: 'POST',
    headers: { cookie },
  });
  if (committedRes.status !== 202) throw new Error(`commit: ${(await committedRes.text()).slice(0, 500)}`);
  const committed = await settled(accepted.id, 'COMMITTING');
  const commitMs = performance.now() - t3;
  if (committed.batch.status !== 'COMMITTED')
    throw new Error(`commit: ${JSON.stringify(committed.batch).slice(0, 500)}`);
  console.log(
    `import: ${importRows} new projects (${mb(upload.length)} .xlsx): upload answered in ${acceptMs.toFixed(0)} ms; ` +
      `dry run ${(checkMs / 1000).toFixed(1)} s (${checked.updates} progress updates seen), ` +
      `commit ${(commitMs / 1000).toFixed(1)} s (${committed.updates} progress updates seen; created ${committed.batch.created})`,
  );
} finally {
  await api.stop();
  const client = new pg.Client({ connectionString: dbUrl });
  await client.connect();
  await client.query(
    `DELETE FROM project_status_change WHERE project_id IN (SELECT id FROM project WHERE code LIKE 'BENCH-%')`,
  );
  await client.query(`DELETE FROM project WHERE code LIKE 'BENCH-%'`);
  await client.end();
}
