import { crc32, deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, YING_HU } from '../../test/access';
import { startTestApi, type TestApi } from '../../test/harness';
import { commitImport, settledImport, uploadImport, workbookOf } from '../../test/imports';
import { Role } from '../identity/identity.enums';

/**
 * Imports: a dry run lists every problem by row and column and writes nothing; a commit applies a
 * checked file all or nothing; an exported file comes back unchanged; hostile files are refused
 * before any spreadsheet code reads them.
 */

const START = `mutation ($input: StartExportInput!) { startExport(input: $input) { id } }`;
const JOB = `query ($id: ID!) { exportJob(id: $id) { status downloadUrl error } }`;

/** A zip written by hand, for files no spreadsheet program would write. */
function zipOf(entries: { name: string; data: Buffer; declaredSize?: number }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const { name, data, declaredSize } of entries) {
    const compressed = deflateRawSync(data);
    const nameBytes = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc32(data), 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(declaredSize ?? data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc32(data), 16);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(declaredSize ?? data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, compressed);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + compressed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

describe('imports', () => {
  let api: TestApi;

  const upload = (file: Buffer, cookie = api.gql.cookie, dataset = 'PROJECTS') =>
    uploadImport(api, file, { dataset, cookie, fileName: '项目.xlsx' });
  const commit = (id: string, cookie = api.gql.cookie) => commitImport(api, id, cookie);

  async function exported(variables: Record<string, unknown>, dataset = 'PROJECTS'): Promise<Buffer> {
    const started = await api.gql(START, { input: { dataset, variables } });
    expect(started.errors).toBeUndefined();
    const id = started.data?.startExport.id;
    for (let i = 0; i < 300; i++) {
      const job = (await api.gql(JOB, { id })).data?.exportJob;
      if (job.status === 'SUCCEEDED') {
        const res = await fetch(`${api.url}${job.downloadUrl}`, { headers: { cookie: api.gql.cookie } });
        return Buffer.from(await res.arrayBuffer());
      }
      if (job.status === 'FAILED') throw new Error(job.error);
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('export did not finish');
  }

  const cents = (money: string) => BigInt(money.replace('.', ''));

  const projectCount = async () => (await api.ownerQuery('SELECT COUNT(*)::int AS n FROM project'))[0].n as number;

  beforeAll(async () => {
    api = await startTestApi({ env: { JOB_POLL_MS: '100' } });
  });
  afterAll(() => api?.close());

  it('an exported list imports back as it is: every row unchanged, and committing it writes nothing', async () => {
    const file = await exported({ filter: { year: 2021, townCode: YING_HU.code } });
    const before = await projectCount();
    const checked = await upload(file);
    expect(checked.status, JSON.stringify(checked.body)).toBe(202);
    expect(checked.body).toMatchObject({ status: 'CHECKED', created: 0, updated: 0, problemCount: 0 });
    expect(checked.body.rows).toBeGreaterThan(5);
    expect(checked.body.unchanged).toBe(checked.body.rows);
    const done = await commit(checked.body.id);
    expect(done.status, JSON.stringify(done.body)).toBe(202);
    expect(done.body).toMatchObject({ status: 'COMMITTED', created: 0, updated: 0, unchanged: checked.body.rows });
    expect(await projectCount()).toBe(before);
    // Committing it again is refused, not repeated.
    const again = await commit(checked.body.id);
    expect(again.status).toBe(409);
    expect(again.body.error?.message).toBe('这批数据已经导入过了');
  });

  it('a changed cell updates that project only, audited with the file’s hash', async () => {
    const file = await exported({
      filter: { year: 2021, townCode: YING_HU.code },
      sort: { field: 'CODE', direction: 'ASC' },
    });
    const workbook = await workbookOf(file);
    const sheet = workbook.worksheets[0];
    const header = (sheet.getRow(3).values as unknown[]).slice(1);
    const code = String(sheet.getRow(4).getCell(header.indexOf('项目编号') + 1).value);
    sheet.getRow(4).getCell(header.indexOf('项目名称') + 1).value = '瀛湖镇茶园提质增效（导入修改）';
    sheet.getRow(4).getCell(header.indexOf('受益户数') + 1).value = 321;
    const changed = Buffer.from(await workbook.xlsx.writeBuffer());
    const checked = await upload(changed);
    expect(checked.body).toMatchObject({ status: 'CHECKED', updated: 1, created: 0, problemCount: 0 });
    // The check wrote nothing.
    const before = await api.gql(
      'query ($code: String!) { projects(filter: { search: $code }, first: 1) { edges { node { id name beneficiaryHouseholds version } } } }',
      { code },
    );
    const project = before.data?.projects.edges[0].node;
    expect(project.name).not.toBe('瀛湖镇茶园提质增效（导入修改）');

    const done = await commit(checked.body.id);
    expect(done.body).toMatchObject({ status: 'COMMITTED', updated: 1 });
    const after = await api.gql('query ($id: ID!) { project(id: $id) { name beneficiaryHouseholds version } }', {
      id: project.id,
    });
    expect(after.data?.project).toMatchObject({
      name: '瀛湖镇茶园提质增效（导入修改）',
      beneficiaryHouseholds: 321,
      version: project.version + 1,
    });
    const [update] = await auditLog(api.gql, { entityType: 'project', entityId: project.id, action: 'project.update' });
    expect(update.before).toMatchObject({ name: project.name });
    expect(update.after).toMatchObject({ name: '瀛湖镇茶园提质增效（导入修改）', beneficiaryHouseholds: 321 });
    const [committed] = await auditLog(api.gql, {
      entityType: 'import',
      entityId: checked.body.id,
      action: 'import.committed',
    });
    expect(committed.details).toMatchObject({ sha256: checked.body.sha256, updated: 1, created: 0 });
    expect(checked.body.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('the dry run finds every planted error, by row and column, and writes nothing', async () => {
    const existing = (
      await api.ownerQuery(`SELECT code, year FROM project WHERE year = 2021 ORDER BY code LIMIT 1`)
    )[0];
    const res = await fetch(`${api.url}/api/imports/templates/PROJECTS.xlsx`, { headers: { cookie: api.gql.cookie } });
    expect(res.status).toBe(200);
    const workbook = await workbookOf(Buffer.from(await res.arrayBuffer()));
    const sheet = workbook.worksheets[0];
    const header = (sheet.getRow(3).values as unknown[]).slice(1) as string[];
    expect(workbook.getWorksheet('填写说明')?.getRow(1).values).toEqual([undefined, '列', '必填', '说明', '可选值']);
    const good = {
      项目编号: 'IMP-0001',
      项目名称: '导入测试项目',
      年度: 2025,
      项目类别: '产业发展',
      产业: '茶叶',
      建设性质: '新建',
      镇办代码: YING_HU.code,
      村代码: YING_HU.village.code,
      责任单位: '瀛湖镇人民政府',
      计划开工: new Date(Date.UTC(2025, 2, 1)),
      计划完工: '2025-10-31',
      受益户数: 12,
      受益人数: 40,
    };
    const rows: Record<string, unknown>[] = [
      good, // row 4: fine
      { ...good, 项目编号: 'IMP-0002', 受益户数: '十二户' }, // 5: text in a number column
      { ...good, 项目编号: 'IMP-0003', 计划开工: '2025-02-30' }, // 6: impossible date
      { ...good, 项目编号: 'IMP-0001' }, // 7: duplicate key (row 4)
      { ...good, 项目编号: 'IMP-0005', 镇办代码: '610902999' }, // 8: unknown town
      { ...good, 项目编号: 'IMP-0006', 村代码: '610902001003' }, // 9: village of another town
      { ...good, 项目编号: 'IMP-0007', 项目名称: '' }, // 10: required and empty
      { ...good, 项目编号: 'IMP-0008', 项目类别: '养殖业X' }, // 11: not a choice
      { ...good, 项目编号: 'IMP-0009', 项目名称: { formula: 'HYPERLINK("http://x","y")' } }, // 12: a formula
      { ...good, 项目编号: existing.code, 年度: existing.year + 1 }, // 13: a project's year cannot change
      { ...good, 项目编号: 'IMP-0011', 计划完工: '2024-12-31' }, // 14: ends before it starts
      { ...good, 项目编号: 'bad code!' }, // 15: key format
    ];
    for (const values of rows) sheet.addRow(header.map((h) => values[h] ?? null));
    const before = await projectCount();
    const checked = await upload(Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(checked.status).toBe(202);
    expect(checked.body.status).toBe('REJECTED');
    const where = checked.body.problems.map((p) => [p.row, p.column]);
    expect(where).toEqual([
      [5, '受益户数'],
      [6, '计划开工'],
      [7, '项目编号'],
      [8, '镇办代码'],
      [9, '村代码'],
      [10, '项目名称'],
      [11, '项目类别'],
      [12, '项目名称'],
      [13, '年度'],
      [14, '计划完工'],
      [15, '项目编号'],
    ]);
    for (const p of checked.body.problems) expect(p.message, JSON.stringify(p)).toMatch(/\p{Script=Han}/u);
    expect(checked.body.problems[2].message).toBe('与第 4 行的项目编号“IMP-0001”重复');
    expect(await projectCount()).toBe(before);
    // A rejected file cannot be committed.
    const refused = await commit(checked.body.id);
    expect(refused.status).toBe(409);
    expect(await projectCount()).toBe(before);
  });

  it('allocations: an exported list comes back unchanged; a changed amount updates that allocation, exactly', async () => {
    const variables = { filter: { year: 2021, townCode: YING_HU.code } };
    const file = await exported(variables, 'FUND_ALLOCATIONS');
    const same = await upload(file, api.gql.cookie, 'FUND_ALLOCATIONS');
    expect(same.body).toMatchObject({ status: 'CHECKED', created: 0, updated: 0, problemCount: 0 });
    expect(same.body.unchanged).toBe(same.body.rows);

    const workbook = await workbookOf(file);
    const sheet = workbook.worksheets[0];
    const header = (sheet.getRow(3).values as unknown[]).slice(1);
    const col = (name: string) => header.indexOf(name) + 1;
    const projectCode = String(sheet.getRow(4).getCell(col('项目编号')).value);
    const sourceCode = String(sheet.getRow(4).getCell(col('资金来源编号')).value);
    const before = Number(sheet.getRow(4).getCell(col('安排金额（元）')).value);
    sheet.getRow(4).getCell(col('安排金额（元）')).value = '1,000,000.10';
    sheet.getRow(5).getCell(col('安排金额（元）')).value = 0.01;
    const checked = await upload(Buffer.from(await workbook.xlsx.writeBuffer()), api.gql.cookie, 'FUND_ALLOCATIONS');
    // Row 5 now allocates less than was already paid from it.
    expect(checked.body.problems).toEqual([
      { row: 5, column: '安排金额（元）', message: expect.stringMatching(/^不能小于已支出的 [\d.]+ 元$/) },
    ]);
    sheet.getRow(5).getCell(col('安排金额（元）')).value = Number(
      (await workbookOf(file)).worksheets[0].getRow(5).getCell(col('安排金额（元）')).value,
    );
    const fixed = await upload(Buffer.from(await workbook.xlsx.writeBuffer()), api.gql.cookie, 'FUND_ALLOCATIONS');
    expect(fixed.body).toMatchObject({ status: 'CHECKED', updated: 1, created: 0 });
    expect((await commit(fixed.body.id)).body).toMatchObject({ status: 'COMMITTED', updated: 1 });
    const [row] = await api.ownerQuery(
      `SELECT a.amount::text AS amount FROM fund_allocation a JOIN project p ON p.id = a.project_id
         JOIN fund_source s ON s.id = a.fund_source_id WHERE p.code = $1 AND s.code = $2`,
      [projectCode, sourceCode],
    );
    expect(row.amount).toBe('1000000.10');
    expect(before).not.toBe(1000000.1);
  });

  it('payments: recorded from project and source codes to the fen, never changed or reversed by a file', async () => {
    const { data } = await api.gql(
      `{ fundAllocations(filter: { year: 2021, townCode: "${YING_HU.code}" }, first: 100) {
          edges { node { id remainingAmount disbursedAmount allocatedOn fundSource { code } project { code } } } } }`,
    );
    const allocations = data?.fundAllocations.edges.map((e: { node: Record<string, any> }) => e.node);
    const target = allocations.find(
      (a: Record<string, any>) => Number(a.remainingAmount) > 5000 && a.allocatedOn <= '2021-12-01',
    );
    expect(target).toBeDefined();
    const otherSource = (
      await api.ownerQuery(
        `SELECT s.code FROM fund_source s WHERE s.id NOT IN (
         SELECT fund_source_id FROM fund_allocation a JOIN project p ON p.id = a.project_id WHERE p.code = $1) LIMIT 1`,
        [target.project.code],
      )
    )[0].code;
    const paid = await exported({ filter: { townCode: YING_HU.code } }, 'DISBURSEMENTS');
    const paidSheet = (await workbookOf(paid)).worksheets[0];
    const paidHeader = (paidSheet.getRow(3).values as unknown[]).slice(1);
    const existingVoucher = String(paidSheet.getRow(4).getCell(paidHeader.indexOf('凭证号') + 1).value);

    const build = async (rows: unknown[][]) => {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('支出');
      sheet.addRow(['凭证号', '支付日期', '金额（元）', '收款单位', '项目编号', '资金来源编号', '备注']);
      for (const r of rows) sheet.addRow(r);
      return Buffer.from(await workbook.xlsx.writeBuffer());
    };
    const { project, fundSource } = target;
    const good = [
      ['IMPV-0001', '2021-12-01', 123.45, '瀛湖镇某合作社', project.code, fundSource.code, '导入'],
      ['IMPV-0002', new Date(Date.UTC(2021, 11, 2)), '1,000.10', '瀛湖镇某公司', project.code, fundSource.code, ''],
    ];
    const planted = await upload(
      await build([
        ...good,
        ['IMPV-0003', '2021-12-03', 12.345, '甲', project.code, fundSource.code, ''], // row 4
        ['IMPV-0004', '2021-12-03', '一百元', '乙', project.code, fundSource.code, ''], // row 5
        [existingVoucher, '2021-12-03', 1, '丙', project.code, fundSource.code, ''], // row 6
        ['IMPV-0005', '2021-12-03', 99_999_999, '丁', project.code, fundSource.code, ''], // row 7
        ['IMPV-0006', '2021-12-03', 10, '戊', project.code, otherSource, ''], // row 8
      ]),
      api.gql.cookie,
      'DISBURSEMENTS',
    );
    expect(planted.body.status).toBe('REJECTED');
    expect(planted.body.problems.map((p) => [p.row, p.column])).toEqual([
      [4, '金额（元）'],
      [5, '金额（元）'],
      [6, '凭证号'],
      [7, '金额（元）'],
      [8, '资金来源编号'],
    ]);
    expect(planted.body.problems[3].message).toMatch(/^超过剩余额度/);

    const checked = await upload(await build(good), api.gql.cookie, 'DISBURSEMENTS');
    expect(checked.body).toMatchObject({ status: 'CHECKED', created: 2 });
    expect((await commit(checked.body.id)).body).toMatchObject({ status: 'COMMITTED', created: 2 });
    const rows = await api.ownerQuery(
      `SELECT voucher_no, amount::text AS amount, paid_on::text AS paid_on FROM disbursement
        WHERE voucher_no IN ('IMPV-0001', 'IMPV-0002') ORDER BY voucher_no`,
    );
    expect(rows).toEqual([
      { voucher_no: 'IMPV-0001', amount: '123.45', paid_on: '2021-12-01' },
      { voucher_no: 'IMPV-0002', amount: '1000.10', paid_on: '2021-12-02' },
    ]);
    const after = await api.gql(`query ($id: ID!) { fundAllocation(id: $id) { disbursedAmount } }`, { id: target.id });
    expect(cents(after.data?.fundAllocation.disbursedAmount)).toBe(cents(target.disbursedAmount) + 112355n);
    // The same file again: nothing to do.
    const again = await upload(await build(good), api.gql.cookie, 'DISBURSEMENTS');
    expect(again.body).toMatchObject({ status: 'CHECKED', created: 0, unchanged: 2 });
  });

  it('keeps an uploaded file for a week: an older check must be uploaded again', async () => {
    const file = await exported({ filter: { year: 2021, townCode: YING_HU.code } });
    const old = await upload(file);
    expect(old.body.status).toBe('CHECKED');
    await api.ownerQuery(`UPDATE import_batch SET created_at = now() - interval '8 days' WHERE id = $1`, [old.body.id]);
    const fresh = await upload(file);
    expect(fresh.body.status).toBe('CHECKED');
    const [kept] = await api.ownerQuery('SELECT octet_length(file) AS bytes, status FROM import_batch WHERE id = $1', [
      old.body.id,
    ]);
    expect(kept).toEqual({ bytes: 0, status: 'REJECTED' });
    const late = await commit(old.body.id);
    expect(late.status).toBe(409);
    expect(late.body.error?.message).toBe('检查已超过 7 天未确认导入，文件已删除；请重新上传');
    const [still] = await api.ownerQuery('SELECT octet_length(file) AS bytes FROM import_batch WHERE id = $1', [
      fresh.body.id,
    ]);
    expect(still.bytes).toBe(file.length);
  });

  it('names missing and renamed columns', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('项目');
    sheet.addRow(['项目编号', '项目名', '年度', '项目类别', '建设性质', '镇办代码', '责任单位']);
    sheet.addRow(['IMP-0100', '某项目', 2025, '产业发展', '新建', YING_HU.code, '某单位']);
    const checked = await upload(Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(checked.body.problems).toEqual([
      { row: 1, column: '项目名', message: '不认识的列“项目名”（列名是否被改过？）' },
      { row: 1, column: '项目名称', message: '缺少必填列“项目名称”' },
    ]);
  });

  it('a town clerk cannot import into another town', async () => {
    const clerk = await api.signInAs(Role.TOWN_STAFF, YING_HU.code);
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('项目');
    sheet.addRow(['项目编号', '项目名称', '年度', '项目类别', '产业', '建设性质', '镇办代码', '责任单位']);
    sheet.addRow(['IMP-0200', '他镇项目', 2025, '产业发展', '茶叶', '新建', '610902001', '老城街道办事处']);
    const checked = await upload(Buffer.from(await workbook.xlsx.writeBuffer()), clerk.cookie);
    expect(checked.body.problems).toEqual([{ row: 2, column: '镇办代码', message: '只能在本镇办范围内新建项目' }]);
  });

  it('refuses files that are not spreadsheets, broken, too large or zip bombs, and reads none of them', async () => {
    const before = await projectCount();
    const csv = await upload(Buffer.from('项目编号,项目名称\nA,B\n'));
    expect(csv.status).toBe(400);
    expect(csv.body.error?.message).toMatch(/不是 \.xlsx 文件/);
    const good = await exported({ filter: { year: 2021, townCode: YING_HU.code } });
    const truncated = await upload(good.subarray(0, Math.floor(good.length / 2)));
    expect(truncated.status).toBe(400);
    expect(truncated.body.error?.message).toMatch(/损坏/);
    const bomb = zipOf([
      { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
      { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') },
      { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(150 * 1024 * 1024) },
    ]);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const exploded = await upload(bomb);
    expect(exploded.status).toBe(400);
    expect(exploded.body.error?.message).toMatch(/压缩炸弹/);
    // A zip that lies about its sizes is caught while inflating.
    const liar = zipOf([
      { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
      { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') },
      { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(30 * 1024 * 1024), declaredSize: 1000 },
    ]);
    const lied = await upload(liar);
    expect(lied.status).toBe(400);
    expect(lied.body.error?.message).toMatch(/损坏|压缩/);
    const huge = await upload(Buffer.alloc(50 * 1024 * 1024, 1));
    expect(huge.status).toBe(413);
    expect(huge.body.error?.message).toBe('文件不能超过 20 MB；请分批导入');
    const many = new ExcelJS.Workbook();
    const manySheet = many.addWorksheet('项目');
    manySheet.addRow(['项目编号', '项目名称', '年度', '项目类别', '产业', '建设性质', '镇办代码', '责任单位']);
    for (let i = 0; i < 10_011; i++)
      manySheet.addRow([`MANY-${i}`, '项目', 2025, '产业发展', '茶叶', '新建', YING_HU.code, '单位']);
    const tooMany = await upload(Buffer.from(await many.xlsx.writeBuffer()));
    // Counting the rows means reading the sheet: that happens in the background check.
    expect(tooMany.status).toBe(202);
    expect(tooMany.body).toMatchObject({ status: 'REJECTED', rows: 0, problemCount: 1 });
    expect(tooMany.body.problems).toEqual([
      { row: 0, column: '', message: '共 10012 行，超过单次导入上限 10000 行，请分批导入' },
    ]);
    const unknown = await upload(good, api.gql.cookie, 'PLANETS');
    expect(unknown.status).toBe(400);
    expect(await projectCount()).toBe(before);
  });

  describe('in the background', () => {
    const manyProjects = async (n: number, prefix: string) => {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('项目');
      sheet.addRow(['项目编号', '项目名称', '年度', '项目类别', '产业', '建设性质', '镇办代码', '责任单位']);
      for (let i = 0; i < n; i++)
        sheet.addRow([`${prefix}-${i}`, `批量项目${i}`, 2025, '产业发展', '茶叶', '新建', YING_HU.code, '单位']);
      return Buffer.from(await workbook.xlsx.writeBuffer());
    };
    const post = async (path: string, body?: Buffer) => {
      const res = await fetch(`${api.url}${path}`, {
        method: 'POST',
        headers: {
          cookie: api.gql.cookie,
          'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        },
        body: body ? new Uint8Array(body) : undefined,
      });
      return {
        status: res.status,
        location: res.headers.get('location'),
        body: (await res.json()) as Record<string, any>,
      };
    };
    /** The batch now, or, while the embedded engine is held by a run, what it was (a 503 to retry). */
    let last: Record<string, any> = {};
    const current = async (id: string) => {
      const res = await fetch(`${api.url}/api/imports/${id}`, { headers: { cookie: api.gql.cookie } });
      if (res.status === 503 && api.engine === 'embedded') return last;
      last = (await res.json()) as Record<string, any>;
      expect(res.status, JSON.stringify(last)).toBe(200);
      return last;
    };
    const auditCount = async (id: string, action: string) =>
      (
        await api.ownerQuery('SELECT count(*)::int AS n FROM audit_log WHERE entity_id = $1 AND action = $2', [
          id,
          action,
        ])
      )[0].n as number;

    it('answers an upload at once and reports the rows gone through until the check is done', async () => {
      const accepted = await post('/api/imports?dataset=PROJECTS&fileName=many.xlsx', await manyProjects(1500, 'BG'));
      expect(accepted.status).toBe(202);
      expect(accepted.body).toMatchObject({ status: 'CHECKING', rows: 0, progress: { done: 0, total: null } });
      expect(accepted.location).toBe(`/api/imports/${accepted.body.id}`);
      const seen: { status: string; done: number; total: number | null }[] = [];
      let batch = accepted.body;
      last = batch;
      while (batch.status === 'CHECKING') {
        await new Promise((resolve) => setTimeout(resolve, 100));
        batch = await current(accepted.body.id);
        seen.push({ status: batch.status, ...batch.progress });
      }
      expect(batch).toMatchObject({
        status: 'CHECKED',
        rows: 1500,
        created: 1500,
        progress: { done: 1500, total: 1500 },
      });
      for (const p of seen) expect(p.total === null || p.done <= p.total).toBe(true);
      if (api.engine === 'server') {
        // On a server the progress written during the run is seen while it runs (the embedded
        // engine answers one connection at a time, so there it shows at the end).
        expect(seen.some((p) => p.status === 'CHECKING' && p.total === 1500 && p.done > 0)).toBe(true);
      }
      const committing = await post(`/api/imports/${batch.id}/commit`);
      expect(committing.status).toBe(202);
      expect(committing.body.status).toBe('COMMITTING');
    });

    it('commits once however often it is asked, and a lost run is taken over', async () => {
      const checked = await upload(await manyProjects(40, 'ONCE'));
      expect(checked.body.status).toBe('CHECKED');
      const before = await projectCount();
      const clicks = await Promise.all([1, 2, 3].map(() => post(`/api/imports/${checked.body.id}/commit`)));
      // Each click is told the commit is under way, or, once it has run, that it already ran.
      expect(clicks[0].status).toBe(202);
      for (const click of clicks) {
        if (click.status !== 202) expect(click.body.error?.message).toBe('这批数据已经导入过了');
      }
      const done = await commit(checked.body.id).then(() => current(checked.body.id));
      expect(done).toMatchObject({ status: 'COMMITTED', created: 40 });
      expect(await projectCount()).toBe(before + 40);
      expect(await auditCount(checked.body.id, 'import.committed')).toBe(1);

      // A check whose process died (no heartbeat for two minutes) is run again by a live one.
      const lost = await upload(await manyProjects(5, 'LOST'));
      await api.ownerQuery(
        `UPDATE import_batch SET status = 'CHECKING', attempts = 1, heartbeat_at = now() - interval '2 minutes'
          WHERE id = $1`,
        [lost.body.id],
      );
      const retaken = await settledImport(api, lost.body.id);
      expect(retaken).toMatchObject({ status: 'CHECKED', created: 5 });
      const [row] = await api.ownerQuery('SELECT attempts FROM import_batch WHERE id = $1', [lost.body.id]);
      expect(row.attempts).toBe(2);
      expect(await auditCount(lost.body.id, 'import.checked')).toBe(2);
    });

    it('stops, saying why, when the uploader’s account is disabled before the commit runs', async () => {
      const clerk = await api.signInAs(Role.TOWN_STAFF, YING_HU.code);
      const checked = await upload(await manyProjects(3, 'GONE'), clerk.cookie);
      expect(checked.body.status).toBe('CHECKED');
      const before = await projectCount();
      await api.ownerQuery(`UPDATE app_user SET disabled_at = now() WHERE id = $1`, [clerk.userId]);
      // As if the commit had been asked for just before the account was disabled.
      await api.ownerQuery(
        `UPDATE import_batch SET status = 'COMMITTING', attempts = 0, heartbeat_at = NULL WHERE id = $1`,
        [checked.body.id],
      );
      let batch: Record<string, any> = { status: 'COMMITTING' };
      for (let i = 0; i < 200 && batch.status === 'COMMITTING'; i++) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        [batch] = await api.ownerQuery('SELECT status, error FROM import_batch WHERE id = $1', [checked.body.id]);
      }
      expect(batch).toEqual({ status: 'FAILED', error: '上传人的账号已停用，导入已停止' });
      expect(await projectCount()).toBe(before);
    });
  });
});
