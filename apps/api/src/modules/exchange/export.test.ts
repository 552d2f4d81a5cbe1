import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, issueToken, YING_HU } from '../../test/access';
import { errorFields, expectRefused } from '../../test/expect-error';
import {
  download as downloadFrom,
  exportAndDownload as exportAs,
  JOB,
  type Job,
  START,
  sheetOf,
  waitFor,
  xmlParts,
} from '../../test/exports';
import { createProject } from '../../test/factories';
import { type Gql, startTestApi, type TestApi } from '../../test/harness';
import { Role } from '../identity/identity.enums';

/**
 * Exports: a list page's rows, with its filter and sort, become an .xlsx in the background that only
 * its owner can download; amounts stay exact, identifiers stay masked, formulas stay text, and
 * every step is audited.
 */

const cents = (value: number | string) => BigInt(Math.round(Number(value) * 100));

describe('exports', () => {
  let api: TestApi;
  const download = (job: Job, cookie: string | null) => downloadFrom(api, job, cookie);
  const exportAndDownload = (client: Gql & { cookie: string }, input: Record<string, unknown>) =>
    exportAs(api, client, input);

  beforeAll(async () => {
    api = await startTestApi({ env: { JOB_POLL_MS: '200' } });
  });
  afterAll(() => api?.close());

  it('exports the project list as filtered and sorted: title, who and when, Chinese headers, exact amounts, dates as dates', async () => {
    const variables = {
      filter: { year: 2021, townCode: YING_HU.code },
      sort: { field: 'ALLOCATED', direction: 'DESC' },
    };
    const { started, job, file } = await exportAndDownload(api.gql, { dataset: 'PROJECTS', variables });
    expect(started).toMatchObject({ dataset: 'PROJECTS', title: '项目库', downloadUrl: null });
    expect(['QUEUED', 'RUNNING', 'SUCCEEDED']).toContain(started.status);
    expect(job.fileName).toMatch(/^项目库_\d{4}-\d{2}-\d{2}\.xlsx$/);
    expect(file.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(file.headers.get('content-disposition')).toContain(encodeURIComponent(job.fileName));
    expect(file.body.length).toBe(job.byteSize);

    // What the page shows: every project of the filter, in its order.
    const page = await api.gql(
      `query ($filter: ProjectFilter, $sort: ProjectSort) { projects(filter: $filter, sort: $sort, first: 100) {
        totalCount edges { node { code name allocatedAmount disbursedAmount executionRate plannedStart category town { name } } } } }`,
      variables,
    );
    const nodes = page.data?.projects.edges.map((e: { node: Record<string, any> }) => e.node);
    expect(page.data?.projects.totalCount).toBeLessThanOrEqual(100);
    expect(job).toMatchObject({ totalRows: nodes.length, doneRows: nodes.length, progress: 1 });

    const sheet = await sheetOf(file.body);
    expect(sheet.getCell('A1').value).toBe('汉滨区乡村振兴局 · 项目库');
    const subtitle = String(sheet.getCell('A2').value);
    expect(subtitle).toContain('年度 2021');
    expect(subtitle).toContain('镇办 瀛湖镇');
    expect(subtitle).toContain('导出人：');
    expect(subtitle).toMatch(/导出时间：\d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
    expect(subtitle).toContain(`共 ${nodes.length} 条`);
    const header = (sheet.getRow(3).values as unknown[]).slice(1);
    expect(header.slice(0, 4)).toEqual(['项目编号', '项目名称', '年度', '项目类别']);
    const col = (name: string) => header.indexOf(name) + 1;
    expect(sheet.rowCount).toBe(3 + nodes.length);
    nodes.forEach((node: Record<string, any>, i: number) => {
      const row = sheet.getRow(4 + i);
      expect(row.getCell(col('项目编号')).value).toBe(node.code);
      expect(row.getCell(col('项目名称')).value).toBe(node.name);
      expect(row.getCell(col('镇办')).value).toBe('瀛湖镇');
      // Amounts are numbers shown with two decimals, equal to the API's exact strings.
      const allocated = row.getCell(col('已安排（元）'));
      expect(typeof allocated.value).toBe('number');
      expect(allocated.numFmt).toBe('#,##0.00');
      expect((allocated.value as number).toFixed(2)).toBe(node.allocatedAmount);
      expect((row.getCell(col('已支出（元）')).value as number).toFixed(2)).toBe(node.disbursedAmount);
      // Dates are dates; enums are their Chinese names.
      if (node.plannedStart) {
        const start = row.getCell(col('计划开工')).value as Date;
        expect(start).toBeInstanceOf(Date);
        expect(start.toISOString().slice(0, 10)).toBe(node.plannedStart);
      }
      expect(row.getCell(col('项目类别')).value).not.toBe(node.category);
      expect(String(row.getCell(col('项目类别')).value)).toMatch(/\p{Script=Han}/u);
    });
    const total = nodes.reduce((s: bigint, n: Record<string, any>) => s + cents(n.allocatedAmount), 0n);
    let fromSheet = 0n;
    for (let r = 4; r <= sheet.rowCount; r++)
      fromSheet += cents(sheet.getRow(r).getCell(col('已安排（元）')).value as number);
    expect(fromSheet).toBe(total);
  });

  it('exports thousands of rows through every page', async () => {
    const { job, file } = await exportAndDownload(api.gql, {
      dataset: 'DISBURSEMENTS',
      variables: { filter: { year: 2021 } },
    });
    const count = await api.gql('{ disbursements(filter: { year: 2021 }, first: 1) { totalCount } }');
    const totalCount = count.data?.disbursements.totalCount;
    expect(totalCount).toBeGreaterThan(1000);
    expect(job.doneRows).toBe(totalCount);
    const sheet = await sheetOf(file.body);
    expect(sheet.rowCount).toBe(3 + totalCount);
    const vouchers = new Set<string>();
    for (let r = 4; r <= sheet.rowCount; r++) vouchers.add(String(sheet.getRow(r).getCell(1).value));
    expect(vouchers.size).toBe(totalCount);
  });

  it('a town clerk exports her town only, and no one else can see or download her file', async () => {
    const clerk = await api.signInAs(Role.TOWN_STAFF, YING_HU.code);
    const { job, file } = await exportAndDownload(clerk, { dataset: 'PROJECTS', variables: {} });
    const sheet = await sheetOf(file.body);
    const header = (sheet.getRow(3).values as unknown[]).slice(1);
    const town = header.indexOf('镇办') + 1;
    expect(sheet.rowCount).toBeGreaterThan(3);
    for (let r = 4; r <= sheet.rowCount; r++) expect(sheet.getRow(r).getCell(town).value).toBe('瀛湖镇');

    // Asking for another town's projects exports what her list shows for it: nothing.
    const other = await exportAndDownload(clerk, {
      dataset: 'PROJECTS',
      variables: { filter: { townCode: '610902001' } },
    });
    expect(other.job.totalRows).toBe(0);
    expect((await sheetOf(other.file.body)).rowCount).toBe(3);

    // The administrator cannot open the clerk's export either: it is hers.
    expect((await api.gql(JOB, { id: job.id })).data?.exportJob).toBeNull();
    expect((await download(job, api.gql.cookie)).status).toBe(404);
    const anonymous = await download(job, null);
    expect(anonymous.status).toBe(401);
    expect(JSON.parse(anonymous.body.toString()).error.code).toBe('UNAUTHENTICATED');
  });

  it('masks identifiers as the list does: no full ID number anywhere in the file', async () => {
    const { file } = await exportAndDownload(api.gql, {
      dataset: 'HOUSEHOLDS',
      variables: { filter: { townCode: YING_HU.code } },
    });
    const sheet = await sheetOf(file.body);
    const header = (sheet.getRow(3).values as unknown[]).slice(1);
    const id = header.indexOf('户主身份证号（脱敏）') + 1;
    expect(sheet.rowCount).toBeGreaterThan(3);
    for (let r = 4; r <= Math.min(sheet.rowCount, 200); r++) {
      expect(String(sheet.getRow(r).getCell(id).value)).toMatch(/^\d{6}\*+[\dX]{3,4}$/);
    }
    for (const [name, xml] of await xmlParts(file.body)) {
      expect(xml, name).not.toMatch(/(?<!\d)\d{17}[\dX](?!\d)/);
    }
  });

  it('says a household found by its full ID number masked in the title row, as the list shows it', async () => {
    const list = await api.gql(
      `query ($filter: HouseholdFilter) { households(filter: $filter, first: 1) { edges { node { members { id relation } } } } }`,
      { filter: { townCode: YING_HU.code } },
    );
    const head = list.data?.households.edges[0].node.members.find((m: { relation: string }) => m.relation === 'HEAD');
    const revealed = await api.gql(
      'mutation ($id: ID!, $purpose: String!) { revealIdNumber(personId: $id, purpose: $purpose) }',
      { id: head.id, purpose: '导出测试：按身份证号查找农户' },
    );
    const idNumber: string = revealed.data?.revealIdNumber;
    expect(idNumber).toMatch(/^\d{17}[\dX]$/);
    const { job, file } = await exportAndDownload(api.gql, {
      dataset: 'HOUSEHOLDS',
      variables: { filter: { idNumber } },
    });
    expect(job.totalRows).toBe(1);
    const sheet = await sheetOf(file.body);
    expect(String(sheet.getCell('A2').value)).toContain(
      `身份证号 ${idNumber.slice(0, 6)}********${idNumber.slice(14)}`,
    );
    for (const [name, xml] of await xmlParts(file.body)) expect(xml, name).not.toContain(idNumber);
    // Nor does the audit trail keep the number searched for in full.
    const trail = await auditLog(api.gql, { action: 'export.requested' });
    expect(JSON.stringify(trail)).not.toContain(idNumber);
  });

  it('names the records a filter picks by id in the title row, within the exporter’s towns only', async () => {
    const pick = (sql: string) => api.ownerQuery(sql, [YING_HU.code]).then((rows: any[]) => rows[0]);
    const mine = await pick(
      'SELECT p.id, p.code, p.name FROM project p JOIN fund_allocation a ON a.project_id = p.id WHERE p.town_code = $1 LIMIT 1',
    );
    const theirs = await pick(
      'SELECT p.id, p.code, p.name FROM project p JOIN fund_allocation a ON a.project_id = p.id WHERE p.town_code <> $1 LIMIT 1',
    );
    const subtitleOf = async (client: Gql & { cookie: string }, projectId: string) => {
      const { file } = await exportAndDownload(client, {
        dataset: 'FUND_ALLOCATIONS',
        variables: { filter: { projectId } },
      });
      return String((await sheetOf(file.body)).getCell('A2').value);
    };
    expect(await subtitleOf(api.gql, mine.id)).toContain(`项目 ${mine.code} ${mine.name}`);
    // A fund source belongs to no town: named for anyone who may export allocations.
    const [source] = await api.ownerQuery('SELECT id, code, name FROM fund_source ORDER BY code LIMIT 1');
    const bySource = await exportAndDownload(api.gql, {
      dataset: 'FUND_ALLOCATIONS',
      variables: { filter: { fundSourceId: source.id } },
    });
    expect(String((await sheetOf(bySource.file.body)).getCell('A2').value)).toContain(
      `资金来源 ${source.code} ${source.name}`,
    );
    // A clerk of 瀛湖镇 asking by the id of another town's project learns nothing of it, not even its name.
    const clerk = await api.signInAs(Role.TOWN_STAFF, YING_HU.code);
    const subtitle = await subtitleOf(clerk, theirs.id);
    expect(subtitle).toContain(`项目 ${theirs.id}`);
    expect(subtitle).not.toContain(theirs.name);
    expect(subtitle).toContain('共 0 条');
  });

  it('writes a formula-looking name as text: the file has no formulas and the cell is formatted as text', async () => {
    const project = await createProject(api, {
      name: '=HYPERLINK("http://evil.example","点我")',
      year: 2029,
    });
    const { file } = await exportAndDownload(api.gql, { dataset: 'PROJECTS', variables: { filter: { year: 2029 } } });
    const sheet = await sheetOf(file.body);
    const row = sheet.getRow(4);
    expect(row.getCell(1).value).toBe(project.code);
    const name = row.getCell(2);
    expect(name.value).toBe('=HYPERLINK("http://evil.example","点我")');
    expect(name.type).toBe(ExcelJS.ValueType.String);
    expect(name.numFmt).toBe('@');
    for (const [part, xml] of await xmlParts(file.body)) expect(xml, part).not.toMatch(/<f[\s>]/);
  });

  it('refuses bad input at once, with the field, and queues nothing', async () => {
    const before = await api.ownerQuery('SELECT COUNT(*)::int AS n FROM export_job');
    const unknown = await api.gql(START, { input: { dataset: 'PROJECTS', variables: { filter: {}, page: 3 } } });
    expect(errorFields(expectRefused(unknown, 'BAD_USER_INPUT'))).toEqual(['variables.page']);
    const badTown = await api.gql(START, { input: { dataset: 'PROJECTS', variables: { filter: { townCode: '12' } } } });
    expectRefused(badTown, 'BAD_USER_INPUT');
    const badSort = await api.gql(START, { input: { dataset: 'PROJECTS', variables: { sort: { field: 'COLOUR' } } } });
    expectRefused(badSort, 'BAD_USER_INPUT');
    const badShape = await api.gql(START, { input: { dataset: 'PROJECTS', variables: { filter: { year: 'x' } } } });
    expectRefused(badShape, 'BAD_USER_INPUT');
    const bi = await issueToken(api, { kind: 'BI' });
    expectRefused(await bi.client(START, { input: { dataset: 'PROJECTS' } }), 'FORBIDDEN');
    const partner = await issueToken(api, { kind: 'PARTNER', datasets: ['PROJECTS'] });
    expectRefused(await partner.client(START, { input: { dataset: 'PROJECTS' } }), 'FORBIDDEN');
    const after = await api.ownerQuery('SELECT COUNT(*)::int AS n FROM export_job');
    expect(after[0].n).toBe(before[0].n);
  });

  it('allows three exports at a time per person', async () => {
    const staff = await api.signInAs(Role.DISTRICT_STAFF);
    // Three of hers still running (heartbeats fresh), as if on other processes.
    await api.ownerQuery(
      `INSERT INTO export_job (dataset, variables, user_id, status, file_name, expires_at, heartbeat_at, attempts)
       SELECT 'PROJECTS', '{}', $1, 'RUNNING', 'x.xlsx', now() + interval '1 day', now() + interval '1 hour', 1
         FROM generate_series(1, 3)`,
      [staff.userId],
    );
    const refused = await staff(START, { input: { dataset: 'PROJECTS', variables: {} } });
    expect(expectRefused(refused, 'CONFLICT').extensions?.reason).toBe('EXPORT_LIMIT');
    await api.ownerQuery(`DELETE FROM export_job WHERE user_id = $1`, [staff.userId]);
  });

  it('takes over an export whose process died, and audits request, completion and download', async () => {
    const staff = await api.signInAs(Role.DISTRICT_STAFF);
    // The job and the piece of file its dead process left, in one statement: a worker polling meanwhile
    // must not see the job without its piece.
    const [{ id }] = await api.ownerQuery(
      `WITH job AS (
         INSERT INTO export_job (dataset, variables, user_id, status, file_name, expires_at, heartbeat_at, started_at, attempts)
         VALUES ('FUND_ALLOCATIONS', '{"filter": {"year": 2021, "townCode": "${YING_HU.code}"}}', $1, 'RUNNING',
                 '资金安排_x.xlsx', now() + interval '1 day', now() - interval '5 minutes', now() - interval '6 minutes', 1)
         RETURNING id),
       piece AS (INSERT INTO export_file_chunk (job_id, seq, data) SELECT id, 0, 'half a file' FROM job)
       SELECT id FROM job`,
      [staff.userId],
    );
    const job = await waitFor(staff, id);
    expect(job.status, job.error).toBe('SUCCEEDED');
    const [{ attempts }] = await api.ownerQuery('SELECT attempts FROM export_job WHERE id = $1', [id]);
    expect(attempts).toBe(2);
    const file = await download(job, staff.cookie);
    expect(file.status).toBe(200);
    const sheet = await sheetOf(file.body);
    expect(sheet.getCell('A1').value).toBe('汉滨区乡村振兴局 · 资金安排');
    expect(sheet.rowCount).toBe(3 + job.doneRows);

    const trail = await auditLog(api.gql, { entityType: 'export', entityId: id });
    expect(trail.map((r) => r.action)).toEqual(['export.downloaded', 'export.completed']);
    expect(trail.every((r) => r.actorId === staff.userId)).toBe(true);
    expect(trail[1].details).toMatchObject({ dataset: 'FUND_ALLOCATIONS', rows: job.doneRows, sha256: job.sha256 });
    const started = await api.gql(START, { input: { dataset: 'PROJECTS', variables: { filter: { year: 2021 } } } });
    const [requested] = await auditLog(api.gql, { entityType: 'export', entityId: started.data?.startExport.id });
    expect(requested).toMatchObject({
      action: 'export.requested',
      details: { dataset: 'PROJECTS', variables: { filter: { year: 2021 } }, rows: 775 },
    });
    await waitFor(api.gql, started.data?.startExport.id);
  });
});
