import { describe, expect, it, vi } from 'vitest';
import { cleanToken, createExplorerFetcher, type ExplorerCredentials, operationKind } from './fetcher';
import { memoryStorage } from './memoryStorage';

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

function setup(credentials: ExplorerCredentials, answer: () => Response = () => json({ data: { towns: [] } })) {
  const fetch = vi.fn(async (_input: RequestInfo | URL, _init?: RequestInit) => answer());
  const onSessionAnswer = vi.fn();
  const fetcher = createExplorerFetcher(() => credentials, { fetch, onSessionAnswer });
  return { fetch, fetcher, onSessionAnswer };
}

describe('the explorer’s fetcher', () => {
  it('with a token: Authorization Bearer, no cookie (credentials omit), the explorer header', async () => {
    const { fetch, fetcher, onSessionAnswer } = setup({ mode: 'token', token: '  Bearer hb_secret123 ' });
    expect(await fetcher({ query: '{ towns { code } }', variables: { a: 1 } })).toEqual({ data: { towns: [] } });
    const [url, init] = fetch.mock.calls[0];
    expect(url).toBe('/graphql');
    expect(init?.method).toBe('POST');
    expect(init?.credentials).toBe('omit');
    expect(init?.headers).toMatchObject({
      authorization: 'Bearer hb_secret123',
      'content-type': 'application/json',
      'x-hanbin-client': 'explorer',
    });
    expect(JSON.parse(String(init?.body))).toEqual({ query: '{ towns { code } }', variables: { a: 1 } });
    expect(onSessionAnswer).not.toHaveBeenCalled();
  });

  it('as the signed-in user: the session cookie (same-origin), no Authorization', async () => {
    const { fetch, fetcher, onSessionAnswer } = setup({ mode: 'session', token: 'hb_left_over' });
    await fetcher({ query: 'query Towns { towns { code } }', operationName: 'Towns' });
    const [, init] = fetch.mock.calls[0];
    expect(init?.credentials).toBe('same-origin');
    expect(init?.headers).not.toHaveProperty('authorization');
    expect(init?.headers).toMatchObject({ 'x-hanbin-client': 'explorer' });
    expect(onSessionAnswer).toHaveBeenCalledWith({ data: { towns: [] } });
  });

  it('does not send a mutation or a subscription, nor anything without a token in token mode', async () => {
    const { fetch, fetcher } = setup({ mode: 'session', token: '' });
    const refused = await fetcher({ query: 'mutation { signOut }' });
    expect(refused.errors?.[0].message).toMatch(/只能执行查询/);
    const named = await fetcher({ query: 'query A { me { name } } mutation B { signOut }', operationName: 'B' });
    expect(named.errors?.[0].message).toMatch(/只能执行查询/);
    expect(fetch).not.toHaveBeenCalled();
    const noToken = setup({ mode: 'token', token: '   ' });
    expect((await noToken.fetcher({ query: '{ towns { code } }' })).errors?.[0].message).toBe('请先在上方填写接口令牌');
    expect(noToken.fetch).not.toHaveBeenCalled();
  });

  it('passes the API’s refusals through, and says so when there is no JSON or no connection', async () => {
    const refusal = { errors: [{ message: '查询嵌套过深', extensions: { code: 'QUERY_TOO_COMPLEX' } }] };
    expect(await setup({ mode: 'token', token: 'hb_x' }, () => json(refusal, 400)).fetcher({ query: '{ a }' })).toEqual(
      refusal,
    );
    const html = setup({ mode: 'token', token: 'hb_x' }, () => new Response('<html>', { status: 502 }));
    expect((await html.fetcher({ query: '{ a }' })).errors?.[0].message).toBe('服务器返回了无法识别的内容（HTTP 502）');
    const offline = createExplorerFetcher(() => ({ mode: 'token', token: 'hb_x' }), {
      fetch: async () => {
        throw new TypeError('Failed to fetch');
      },
    });
    expect((await offline({ query: '{ a }' })).errors?.[0].message).toBe('无法连接服务器，请检查网络后重试');
  });

  it('reads the operation kind, leaving text that does not parse to the API', () => {
    expect(operationKind('{ a }')).toBe('query');
    expect(operationKind('mutation M { a }')).toBe('mutation');
    expect(operationKind('query A { a } subscription B { a }', 'B')).toBe('subscription');
    expect(operationKind('query {')).toBeUndefined();
    expect(cleanToken(' bearer hb_1 ')).toBe('hb_1');
  });
});

describe('memoryStorage', () => {
  it('keeps what GraphiQL stores in memory, never in the browser’s storage', () => {
    const storage = memoryStorage();
    storage.setItem('graphiql:tabState', 'x');
    expect(storage.getItem('graphiql:tabState')).toBe('x');
    expect(storage.length).toBe(1);
    expect(window.localStorage.length).toBe(0);
    expect(window.sessionStorage.length).toBe(0);
    storage.clear();
    expect(storage.getItem('graphiql:tabState')).toBeNull();
  });
});
