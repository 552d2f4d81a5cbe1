import ExcelJS from 'exceljs';
import { expect } from 'vitest';
import yauzl from 'yauzl';
import type { Gql, TestApi } from './harness';

/**
 * Helpers for the export suites (exchange/export*.test.ts): start an export, wait for the worker,
 * download the file as its owner and open it.
 */

export const JOB_FIELDS =
  'id dataset title status totalRows doneRows progress fileName byteSize sha256 error downloadUrl';
export const START = `mutation ($input: StartExportInput!) { startExport(input: $input) { ${JOB_FIELDS} } }`;
export const JOB = `query ($id: ID!) { exportJob(id: $id) { ${JOB_FIELDS} } }`;

export type Job = Record<string, any>;

/** Polls an export until it has succeeded or failed. */
export async function waitFor(client: Gql, id: string, timeoutMs = 60_000): Promise<Job> {
  const deadline = Date.now() + timeoutMs;
  while (true) {
    const result = await client(JOB, { id });
    expect(result.errors).toBeUndefined();
    const job = result.data?.exportJob;
    if (job.status === 'SUCCEEDED' || job.status === 'FAILED') return job;
    if (Date.now() > deadline) throw new Error(`export ${id} still ${job.status} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** GET the export's file with the given session (or none). */
export async function download(api: TestApi, job: Job, cookie: string | null) {
  const res = await fetch(`${api.url}${job.downloadUrl ?? `/api/exports/${job.id}/file`}`, {
    headers: cookie ? { cookie } : {},
  });
  return { status: res.status, headers: res.headers, body: Buffer.from(await res.arrayBuffer()) };
}

/** The file's first (only) sheet. */
export async function sheetOf(file: Buffer): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file as unknown as ArrayBuffer);
  return workbook.worksheets[0];
}

/** Starts an export as `client`, waits for it to succeed and downloads it. */
export async function exportAndDownload(
  api: TestApi,
  client: Gql & { cookie: string },
  input: Record<string, unknown>,
) {
  const started = await client(START, { input });
  expect(started.errors, JSON.stringify(started.errors)).toBeUndefined();
  const job = await waitFor(client, started.data?.startExport.id);
  expect(job.status, job.error).toBe('SUCCEEDED');
  const file = await download(api, job, client.cookie);
  expect(file.status).toBe(200);
  return { started: started.data?.startExport, job, file };
}

/** A row's cell values from column 1 on (ExcelJS counts from 1 and leaves index 0 empty). */
export function rowValues(sheet: ExcelJS.Worksheet, row: number, columns: number): unknown[] {
  const r = sheet.getRow(row);
  return Array.from({ length: columns }, (_, i) => r.getCell(i + 1).value ?? null);
}

/** The XML parts of an .xlsx, by name. */
export async function xmlParts(file: Buffer): Promise<Map<string, string>> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.fromBuffer(file, { lazyEntries: true }, (error, opened) =>
      error || !opened ? reject(error) : resolve(opened),
    ),
  );
  const parts = new Map<string, string>();
  await new Promise<void>((resolve, reject) => {
    zip.on('entry', (entry: yauzl.Entry) => {
      zip.openReadStream(entry, (error, stream) => {
        if (error || !stream) return reject(error);
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          parts.set(entry.fileName, Buffer.concat(chunks).toString('utf8'));
          zip.readEntry();
        });
      });
    });
    zip.on('end', resolve);
    zip.on('error', reject);
    zip.readEntry();
  });
  return parts;
}
