import ExcelJS from 'exceljs';
import type { TestApi } from './harness';

/** What the API answers about an import batch (`describeBatch`). */
export interface Batch {
  id: string;
  dataset: string;
  status: string;
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  problemCount: number;
  problems: { row: number; column: string; message: string }[];
  sha256: string;
  progress: { done: number; total: number | null };
  /** The batch's own error (a commit refused after its check), or, on a refused request, the route's error. */
  error?: any;
}

/** The batch until its check or commit, running in the background, has finished. */
export async function settledImport(api: TestApi, id: string, cookie = api.gql.cookie): Promise<Batch> {
  for (let i = 0; i < 600; i++) {
    const res = await fetch(`${api.url}/api/imports/${id}`, { headers: { cookie } });
    const body = (await res.json()) as Batch;
    // The embedded engine serves one transaction at a time: while a run holds it, a poll may be
    // told to come back (503, retryable), as the admin is.
    if (res.status !== 503 && body.status !== 'CHECKING' && body.status !== 'COMMITTING') return body;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`import ${id} did not finish`);
}

/**
 * Uploads a file for a check (dry run), as a clerk's browser does: the answer's HTTP status, and
 * the batch once its check has run (or the refusal).
 */
export async function uploadImport(
  api: TestApi,
  file: Buffer,
  { dataset = 'PROJECTS', cookie = api.gql.cookie, fileName = '导入.xlsx' } = {},
): Promise<{ status: number; body: Batch }> {
  const res = await fetch(`${api.url}/api/imports?dataset=${dataset}&fileName=${encodeURIComponent(fileName)}`, {
    method: 'POST',
    headers: { cookie, 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
    body: new Uint8Array(file),
  });
  const body = (await res.json()) as Batch;
  return { status: res.status, body: res.status === 202 ? await settledImport(api, body.id, cookie) : body };
}

export async function commitImport(
  api: TestApi,
  id: string,
  cookie = api.gql.cookie,
): Promise<{ status: number; body: Batch }> {
  const res = await fetch(`${api.url}/api/imports/${id}/commit`, { method: 'POST', headers: { cookie } });
  const body = (await res.json()) as Batch;
  return { status: res.status, body: res.status === 202 ? await settledImport(api, body.id, cookie) : body };
}

/** A one-sheet workbook of these rows (the first is the header); cells typed as given. */
export async function xlsxOf(rows: unknown[][], sheetName = 'Sheet1'): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export async function workbookOf(file: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file as unknown as ArrayBuffer);
  return workbook;
}
