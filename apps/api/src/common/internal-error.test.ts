import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../test/harness';

/**
 * An unexpected failure reaches the client as an opaque error that names the request, so that support
 * can find it in the log: also where statements are not counted (production), which is where the
 * request is not carried by an AsyncLocalStorage.
 */
describe.each([
  ['statements counted (development, tests)', 'true'],
  ['statements not counted (as in production)', 'false'],
])('an unexpected error, %s', (_title, counted) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ env: { SQL_COUNT_HEADER: counted } });
  });
  afterAll(() => api?.close());

  it('says 服务器内部错误 with the request id the response carries, and no SQL', async () => {
    await api.ownerQuery('ALTER TABLE fund_source RENAME COLUMN name TO name_broken');
    try {
      const res = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: api.gql.cookie, 'x-request-id': `t-${counted}-1` },
        body: JSON.stringify({ query: '{ fundSources(first: 5) { edges { node { name } } } }' }),
      });
      const body = await res.json();
      expect(res.headers.get('x-request-id')).toBe(`t-${counted}-1`);
      expect(body.errors).toHaveLength(1);
      const [error] = body.errors;
      expect(error.message).toBe(`服务器内部错误，请稍后重试（请求编号 t-${counted}-1）`);
      expect(error.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId: `t-${counted}-1` });
      expect(JSON.stringify(body)).not.toMatch(/name_broken|does not exist|SELECT /i);
    } finally {
      await api.ownerQuery('ALTER TABLE fund_source RENAME COLUMN name_broken TO name');
    }
  });
});
