import { emitSessionEvent } from '../auth/session';
import { commonText } from '../lib/locale';
import { importText as t } from './locale';

/** What can be imported (the API's `ImportDataset`). */
export type ImportDataset = 'PROJECTS' | 'FUND_ALLOCATIONS' | 'DISBURSEMENTS' | 'HOUSEHOLDS' | 'WORK_TEAM_MEMBERS';

/** One thing wrong with a file: Excel's row number (0 for the whole file) and the column's header ('' for a whole row). */
export interface ImportProblem {
  row: number;
  column: string;
  message: string;
}

/**
 * Where a batch stands. Its check and its commit run in the background: CHECKING and COMMITTING
 * (waiting or running) settle as CHECKED (no problems), REJECTED (problems; with `error`, refused at
 * commit because the data moved on, or expired), COMMITTED or FAILED (stopped; `error` says why).
 */
export type ImportStatus = 'CHECKING' | 'CHECKED' | 'REJECTED' | 'COMMITTING' | 'COMMITTED' | 'FAILED';

/** Rows gone through of all, while a check or commit runs (`total` is null until the file is read). */
export interface ImportProgress {
  done: number;
  total: number | null;
}

/** What the API answers about an uploaded file (`describeBatch` in the API). */
export interface ImportBatch {
  id: string;
  dataset: ImportDataset;
  fileName: string;
  sha256: string;
  byteSize: number;
  status: ImportStatus;
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  /** Every problem found; `problems` lists the first 1000. */
  problemCount: number;
  problems: ImportProblem[];
  progress: ImportProgress;
  /** Why a commit was refused after its check (REJECTED), or why the batch stopped (FAILED). */
  error: string | null;
  createdAt: string;
  committedAt: string | null;
}

/** Whether the batch's check or commit is still waiting or running on the server. */
export const isRunning = (batch: Pick<ImportBatch, 'status'>): boolean =>
  batch.status === 'CHECKING' || batch.status === 'COMMITTING';

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
  // A batch has an `error` of its own (a string): only an object is the route's refusal.
  error?: RouteError | string | null;
  // The server's request timeout answers in GraphQL's shape, whatever the route.
  errors?: { message?: string; extensions?: RouteError }[];
}

function errorOf(body: ErrorBody | null): RouteError | undefined {
  if (body?.error && typeof body.error === 'object') return body.error;
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

/**
 * Uploads a file for its check (a dry run: nothing is written). The API keeps the file and answers
 * 202 with the batch CHECKING; `waitForImport` follows the check. What is not a sound spreadsheet
 * (or is over 20 MB) is refused at once.
 */
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

/**
 * Queues the commit of a checked batch, all or nothing: 202 with the batch COMMITTING (asking again
 * while it runs answers the same). A 409 (committed already, rejected, failed, expired) comes back
 * as an `ImportError` with its reason and problems.
 */
export async function commitImport(id: string, fetchImpl: typeof fetch = fetch): Promise<ImportBatch> {
  return send(`/api/imports/${encodeURIComponent(id)}/commit`, { method: 'POST' }, fetchImpl);
}

/** A batch of the viewer's own, as it stands. */
export async function getImport(
  id: string,
  fetchImpl: typeof fetch = fetch,
  signal?: AbortSignal,
): Promise<ImportBatch> {
  return send(`/api/imports/${encodeURIComponent(id)}`, { method: 'GET', signal }, fetchImpl);
}

/** How `waitForImport` polls (the page tests shorten these). */
export const IMPORT_POLLING: {
  intervalMs: number;
  maxBackoffMs: number;
  requestTimeoutMs: number;
  unreachableAfterMs: number;
} = {
  /** Between two answers while a run goes on. */
  intervalMs: 1000,
  /** After a failed answer the wait grows by half each time, up to this. */
  maxBackoffMs: 3000,
  /** One request given up after this (it is tried again). */
  requestTimeoutMs: 30_000,
  /** Without one good answer for this long, polling stops with `ImportUnreachable`. */
  unreachableAfterMs: 120_000,
};

/** `waitForImport` heard nothing good from the API for a long time; the run itself goes on on the server. */
export class ImportUnreachable extends ImportError {
  constructor(last: ImportError) {
    super(last.message, last.status, last.code, last.reason);
    this.name = 'ImportUnreachable';
  }
}

/**
 * Worth asking again: no answer at all, the server busy (the embedded database answers 503 while it
 * runs an import) or restarting, or a proxy in between.
 */
export function isRetryable(error: unknown): error is ImportError {
  if (!(error instanceof ImportError) || error instanceof ImportUnreachable) return false;
  const { status } = error;
  return status === undefined || status >= 500 || status === 408 || status === 429;
}

const abortError = (signal: AbortSignal): unknown =>
  signal.reason ?? new DOMException('The operation was aborted.', 'AbortError');

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(abortError(signal));
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortError(signal as AbortSignal));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** One GET, given up after `requestTimeoutMs` (a hung request must not stop the polling) or on `signal`. */
async function getWithin(id: string, fetchImpl: typeof fetch, signal: AbortSignal | undefined): Promise<ImportBatch> {
  const controller = new AbortController();
  const onAbort = () => controller.abort();
  signal?.addEventListener('abort', onAbort, { once: true });
  const timer = setTimeout(onAbort, IMPORT_POLLING.requestTimeoutMs);
  try {
    return await getImport(id, fetchImpl, controller.signal);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

export interface WaitForImportOptions {
  /** Stops the polling (leaving the page): the promise rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Each answer while the batch still runs, for its progress. */
  onProgress?: (batch: ImportBatch) => void;
  /** Before the first request; 0 asks at once (a reload), a 202 just received waits a little. */
  firstDelayMs?: number;
  fetchImpl?: typeof fetch;
}

/**
 * Polls a batch until its check or commit has settled (CHECKED, REJECTED, COMMITTED or FAILED) and
 * resolves with it. A busy or unreachable server is asked again, more slowly each time (1 s up to
 * 3 s); only after `unreachableAfterMs` without one good answer does it reject, with
 * `ImportUnreachable`. Other refusals (the batch gone, the session ended) reject at once.
 */
export async function waitForImport(id: string, options: WaitForImportOptions = {}): Promise<ImportBatch> {
  const { signal, onProgress, firstDelayMs = 0, fetchImpl = fetch } = options;
  const { intervalMs, maxBackoffMs, unreachableAfterMs } = IMPORT_POLLING;
  let lastAnswer = Date.now();
  let backoff = 0;
  let delay = firstDelayMs;
  for (;;) {
    if (delay > 0) await sleep(delay, signal);
    if (signal?.aborted) throw abortError(signal);
    try {
      const batch = await getWithin(id, fetchImpl, signal);
      if (signal?.aborted) throw abortError(signal);
      if (!isRunning(batch)) return batch;
      lastAnswer = Date.now();
      backoff = 0;
      delay = intervalMs;
      onProgress?.(batch);
    } catch (error) {
      if (signal?.aborted) throw abortError(signal);
      if (!isRetryable(error)) throw error;
      if (Date.now() - lastAnswer >= unreachableAfterMs) throw new ImportUnreachable(error);
      backoff = backoff ? Math.min(Math.round(backoff * 1.5), maxBackoffMs) : intervalMs;
      delay = backoff;
    }
  }
}
