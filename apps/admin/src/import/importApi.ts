import { emitSessionEvent } from '../auth/session';
import { commonText } from '../lib/locale';
import { importText as t } from './locale';

/** What can be imported (the API's `ImportDataset`). */
export type ImportDataset = 'PROJECTS' | 'FUND_ALLOCATIONS' | 'DISBURSEMENTS' | 'HOUSEHOLDS';

/** One thing wrong with a file: Excel's row number (0 for the whole file) and the column's header ('' for a whole row). */
export interface ImportProblem {
  row: number;
  column: string;
  message: string;
}

/** What the API answers about an uploaded file (`describeBatch` in the API). */
export interface ImportBatch {
  id: string;
  dataset: ImportDataset;
  fileName: string;
  sha256: string;
  byteSize: number;
  status: 'CHECKED' | 'REJECTED' | 'COMMITTED';
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  /** Every problem found; `problems` lists the first 1000. */
  problemCount: number;
  problems: ImportProblem[];
  createdAt: string;
  committedAt: string | null;
}

/** The API reads at most this much (it answers 413 above it). */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A refused upload or commit, with what the API said (and, for a commit, the rows in the way). */
export class ImportError extends Error {
  constructor(
    message: string,
    readonly status: number | undefined,
    readonly code: string | undefined,
    readonly reason?: string,
    readonly problems: ImportProblem[] = [],
  ) {
    super(message);
    this.name = 'ImportError';
  }
}

/** Where the dataset's template (with its 填写说明 sheet) is downloaded. */
export function templateUrl(dataset: ImportDataset): string {
  return `/api/imports/templates/${dataset}.xlsx`;
}

/** Why a file cannot be sent at all, or null: the API would refuse it anyway, but only after the upload. */
export function refuseFile(file: Pick<File, 'name' | 'size'>): string | null {
  if (!/\.xlsx$/i.test(file.name)) return t.notXlsx;
  if (file.size === 0) return t.emptyFile;
  if (file.size > MAX_IMPORT_BYTES) return t.tooLarge(MAX_IMPORT_BYTES / 1024 / 1024);
  return null;
}

interface RouteError {
  code?: string;
  reason?: string;
  message?: string;
  problems?: ImportProblem[];
}

interface ErrorBody {
  error?: RouteError;
  // The server's request timeout answers in GraphQL's shape, whatever the route.
  errors?: { message?: string; extensions?: RouteError }[];
}

function errorOf(body: ErrorBody | null): RouteError | undefined {
  if (body?.error) return body.error;
  const first = body?.errors?.[0];
  return first ? { ...first.extensions, message: first.message } : undefined;
}

// The upload travels as the raw body, the session cookie with it (same origin), as case materials do.
async function send(url: string, init: RequestInit, fetchImpl: typeof fetch): Promise<ImportBatch> {
  let response: Response;
  try {
    response = await fetchImpl(url, { ...init, credentials: 'same-origin' });
  } catch {
    throw new ImportError(commonText.networkError, undefined, undefined);
  }
  const body = (await response.json().catch(() => null)) as (ImportBatch & ErrorBody) | null;
  const error = errorOf(body);
  if (response.ok && body && !error) return body;
  if (response.status === 401 || error?.code === 'UNAUTHENTICATED') {
    emitSessionEvent({ kind: 'ended', reason: 'expired' });
  }
  throw new ImportError(
    error?.message ?? `${commonText.loadFailed}（HTTP ${response.status}）`,
    response.status,
    error?.code,
    error?.reason,
    Array.isArray(error?.problems) ? error.problems : [],
  );
}

/** Uploads a file for its check (a dry run: nothing is written); resolves with the batch, CHECKED or REJECTED. */
export async function checkImport(
  params: { dataset: ImportDataset; file: File },
  fetchImpl: typeof fetch = fetch,
): Promise<ImportBatch> {
  const { dataset, file } = params;
  const refused = refuseFile(file);
  if (refused) throw new ImportError(refused, undefined, 'BAD_USER_INPUT');
  const query = new URLSearchParams({ dataset, fileName: file.name });
  return send(
    `/api/imports?${query}`,
    { method: 'POST', headers: { 'Content-Type': file.type || XLSX_TYPE }, body: file },
    fetchImpl,
  );
}

/** Applies a checked batch, all or nothing; a 409 comes back as an `ImportError` with its reason and problems. */
export async function commitImport(id: string, fetchImpl: typeof fetch = fetch): Promise<ImportBatch> {
  return send(`/api/imports/${encodeURIComponent(id)}/commit`, { method: 'POST' }, fetchImpl);
}

/** A batch of the viewer's own, as it stands (checked, rejected or committed). */
export async function getImport(id: string, fetchImpl: typeof fetch = fetch): Promise<ImportBatch> {
  return send(`/api/imports/${encodeURIComponent(id)}`, { method: 'GET' }, fetchImpl);
}
