import { afterEach, beforeEach, describe, expect, type Mock as FnMock, it, vi } from 'vitest';
import { type ImportBatch, ImportError, type ImportStatus, ImportUnreachable, waitForImport } from './importApi';

const ID = '4b1d6a52-5c3e-4a57-9d0e-1f2a3b4c5d6e';

function batch(status: ImportStatus, done = 0, total: number | null = null): ImportBatch {
  return {
    id: ID,
    dataset: 'PROJECTS',
    fileName: '项目库.xlsx',
    sha256: 'a'.repeat(64),
    byteSize: 48_000,
    status,
    rows: 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    problemCount: 0,
    problems: [],
    progress: { done, total },
    error: null,
    createdAt: '2026-11-29T04:00:00.000Z',
    committedAt: null,
  };
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
const busy = () => json({ error: { code: 'SERVICE_UNAVAILABLE', message: '服务繁忙，请稍后重试' } }, 503);

let fetchMock: FnMock<typeof fetch>;
/** When each request was sent, in ms since the test began (the clock is fake). */
let sentAt: number[];
let start: number;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  start = Date.now();
  sentAt = [];
  fetchMock = vi.fn<typeof fetch>();
  fetchMock.mockImplementation(() => Promise.reject(new Error('no answer planned')));
});
afterEach(() => vi.useRealTimers());

/** Answers requests in turn; the last one answers every request after it. */
function answers(...responses: (() => Response | Promise<Response>)[]) {
  let next = 0;
  fetchMock.mockImplementation(async () => {
    sentAt.push(Date.now() - start);
    const answer = responses[Math.min(next++, responses.length - 1)];
    return answer();
  });
}

/** Runs the clock until the promise settles (or `limitMs` is reached). */
async function settle<T>(promise: Promise<T>, limitMs = 600_000): Promise<{ value?: T; error?: unknown }> {
  let outcome: { value?: T; error?: unknown } | null = null;
  promise.then(
    (value) => (outcome = { value }),
    (error) => (outcome = { error }),
  );
  for (let ms = 0; outcome === null && ms < limitMs; ms += 250) await vi.advanceTimersByTimeAsync(250);
  if (!outcome) throw new Error('still waiting');
  return outcome;
}

describe('waitForImport', () => {
  it('asks every second while the batch runs, reports each answer, and resolves when it settles', async () => {
    answers(
      () => json(batch('CHECKING')),
      () => json(batch('CHECKING', 1200, 10_000)),
      () => json(batch('CHECKED', 10_000, 10_000)),
    );
    const seen: ImportBatch['progress'][] = [];
    const { value } = await settle(
      waitForImport(ID, { fetchImpl: fetchMock, firstDelayMs: 1000, onProgress: (b) => seen.push(b.progress) }),
    );
    expect(value?.status).toBe('CHECKED');
    expect(seen).toEqual([
      { done: 0, total: null },
      { done: 1200, total: 10_000 },
    ]);
    expect(sentAt).toEqual([1000, 2000, 3000]);
    const [url, init] = fetchMock.mock.calls[0] as [string, RequestInit];
    expect(url).toBe(`/api/imports/${ID}`);
    expect(init.method).toBe('GET');
    expect(init.credentials).toBe('same-origin');
  });

  it('asks again after a 503 or no answer, more slowly each time up to 3 s, and at 1 s again after an answer', async () => {
    answers(
      busy,
      busy,
      () => Promise.reject(new TypeError('Failed to fetch')),
      busy,
      busy,
      () => json(batch('COMMITTING', 5, 12)),
      busy,
      () => json(batch('COMMITTED', 12, 12)),
    );
    const seen: number[] = [];
    const { value } = await settle(
      waitForImport(ID, { fetchImpl: fetchMock, onProgress: (b) => seen.push(b.progress.done) }),
    );
    expect(value?.status).toBe('COMMITTED');
    expect(seen).toEqual([5]);
    const waits = sentAt.slice(1).map((t, i) => t - sentAt[i]);
    expect(waits).toEqual([1000, 1500, 2250, 3000, 3000, 1000, 1000]);
  });

  it('gives up with ImportUnreachable only after 2 minutes without one good answer', async () => {
    answers(
      () => json(batch('CHECKING')),
      ...Array.from({ length: 40 }, () => busy),
      () => json(batch('CHECKING', 100, 1000)),
      busy,
    );
    const { error } = await settle(waitForImport(ID, { fetchImpl: fetchMock }));
    expect(error).toBeInstanceOf(ImportUnreachable);
    expect((error as ImportUnreachable).status).toBe(503);
    // The good answer after ~2 minutes of 503s started the clock again.
    const good = sentAt[41];
    expect(good).toBeGreaterThan(110_000);
    const last = sentAt[sentAt.length - 1];
    expect(last - good).toBeGreaterThanOrEqual(120_000);
    expect(last - good).toBeLessThan(124_000);
    const calls = fetchMock.mock.calls.length;
    await vi.advanceTimersByTimeAsync(30_000);
    expect(fetchMock.mock.calls.length).toBe(calls);
  });

  it('rejects at once when the batch is gone, with what the API said', async () => {
    answers(() => json({ error: { code: 'NOT_FOUND', message: '导入批次不存在' } }, 404));
    const { error } = await settle(waitForImport(ID, { fetchImpl: fetchMock }));
    expect(error).toBeInstanceOf(ImportError);
    expect(error).not.toBeInstanceOf(ImportUnreachable);
    expect((error as ImportError).message).toBe('导入批次不存在');
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('stops when its signal is aborted, waiting or asking', async () => {
    answers(() => json(batch('CHECKING')));
    const controller = new AbortController();
    const waiting = settle(waitForImport(ID, { fetchImpl: fetchMock, signal: controller.signal }), 1500);
    await vi.advanceTimersByTimeAsync(1200);
    expect(fetchMock).toHaveBeenCalledTimes(2);
    controller.abort();
    const { error } = await waiting;
    expect((error as DOMException).name).toBe('AbortError');
    await vi.advanceTimersByTimeAsync(10_000);
    expect(fetchMock).toHaveBeenCalledTimes(2);

    // A request in flight is called off with it.
    fetchMock.mockReset();
    fetchMock.mockImplementation(
      (_url, init) =>
        new Promise((_ok, fail) =>
          init?.signal?.addEventListener('abort', () => fail(new DOMException('aborted', 'AbortError'))),
        ),
    );
    const inFlight = new AbortController();
    const asking = settle(waitForImport(ID, { fetchImpl: fetchMock, signal: inFlight.signal }), 1000);
    await vi.advanceTimersByTimeAsync(0);
    const [, init] = fetchMock.mock.calls[0] as [string, RequestInit];
    expect(init.signal?.aborted).toBe(false);
    inFlight.abort();
    expect(init.signal?.aborted).toBe(true);
    expect(((await asking).error as DOMException).name).toBe('AbortError');
  });

  it('gives up a request that hangs after 30 s and asks again', async () => {
    let calls = 0;
    fetchMock.mockImplementation((_url, init) => {
      sentAt.push(Date.now() - start);
      if (calls++ > 0) return Promise.resolve(json(batch('CHECKED', 3, 3)));
      return new Promise((_ok, fail) =>
        init?.signal?.addEventListener('abort', () => fail(new DOMException('aborted', 'AbortError'))),
      );
    });
    const { value } = await settle(waitForImport(ID, { fetchImpl: fetchMock }));
    expect(value?.status).toBe('CHECKED');
    expect(sentAt).toEqual([0, 31_000]);
  });
});
