import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './harness';

describe('the request timeout', () => {
  let api: TestApi;
  beforeAll(async () => {
    // The only connection will be held, and waiting for it may last longer than the request may.
    api = await startTestApi({
      seed: false,
      env: { DB_POOL_MAX: '1', DB_ACQUIRE_TIMEOUT_MS: '5000', REQUEST_TIMEOUT_MS: '400' },
    });
  });
  afterAll(() => api?.close());

  it('answers a request still waiting after the timeout with a retryable 503, and serves the next one', async () => {
    const holder = api.db.dataSource.createQueryRunner();
    await holder.connect();
    let late: Awaited<ReturnType<TestApi['gql']>>;
    try {
      late = await api.gql('{ towns { code } }');
    } finally {
      await holder.release();
    }
    expect(late.status).toBe(503);
    expect(late.errors?.[0].extensions).toMatchObject({
      code: 'SERVICE_UNAVAILABLE',
      reason: 'TIMEOUT',
      retryable: true,
    });
    expect(late.errors?.[0].message).toMatch(/超时/);
    const next = await api.gql('{ towns { code } }');
    expect(next.errors).toBeUndefined();
  });
});
