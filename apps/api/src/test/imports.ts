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
  error?: Record<string, any>;
}

/** Uploads a file for a check (dry run), as a clerk's browser does. */
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
  return { status: res.status, body: (await res.json()) as Batch };
}

export async function commitImport(
  api: TestApi,
  id: string,
  cookie = api.gql.cookie,
): Promise<{ status: number; body: Batch }> {
  const res = await fetch(`${api.url}/api/imports/${id}/commit`, { method: 'POST', headers: { cookie } });
  return { status: res.status, body: (await res.json()) as Batch };
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
