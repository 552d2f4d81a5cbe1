import { fireEvent, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { renderAt } from '../../test/render';
import { townClerk } from '../../test/viewers';
import type { GraphiqlPanelProps } from './GraphiqlPanel';

// GraphiQL and Monaco need a real browser (e2e/guide.test.ts); here a stand-in shows what it was
// given and runs its fetcher, the way GraphiQL's run button would.
vi.mock('./GraphiqlPanel', () => ({
  default: function GraphiqlStandIn({ fetcher, initialQuery, initialVariables }: GraphiqlPanelProps) {
    const [answer, setAnswer] = useState('');
    return (
      <div>
        <pre data-testid="query">{initialQuery}</pre>
        <pre data-testid="variables">{initialVariables}</pre>
        <button type="button" onClick={async () => setAnswer(JSON.stringify(await fetcher({ query: initialQuery })))}>
          run
        </button>
        <pre data-testid="answer">{answer}</pre>
      </div>
    );
  },
}));

function stubFetch() {
  const fetch = vi.fn(async (_input: RequestInfo | URL, _init?: RequestInit) =>
    Response.json({ data: { towns: [{ code: '610902102' }] } }),
  );
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

describe('接口调试台 (/explorer)', () => {
  it('opens a guide example for a partner: the token in a password field, in memory only, sent as Bearer without cookies', async () => {
    const fetch = stubFetch();
    renderAt('/explorer?example=villages-of-town', [], { viewer: null });
    expect(await screen.findByText('示例：一个镇办的村（社区）和村类型')).toBeTruthy();
    expect(screen.getByText(/只用于读取数据（query），不能执行修改（mutation）/)).toBeTruthy();
    expect((await screen.findByTestId('query')).textContent).toMatch(/^query VillagesOfTown/);
    expect(JSON.parse(screen.getByTestId('variables').textContent ?? '')).toEqual({ townCode: '610902102', first: 5 });
    // Nobody signed in: only the token mode.
    expect(screen.getByText('以当前登录身份（未登录）')).toBeTruthy();
    const field = screen.getByLabelText('接口令牌') as HTMLInputElement;
    expect(field.type).toBe('password');
    fireEvent.change(field, { target: { value: 'hb_partner_secret' } });
    fireEvent.click(screen.getByRole('button', { name: 'run' }));
    await vi.waitFor(() => expect(screen.getByTestId('answer').textContent).toMatch(/610902102/));
    const [, init] = fetch.mock.calls[0];
    expect(init?.credentials).toBe('omit');
    expect(init?.headers).toMatchObject({ authorization: 'Bearer hb_partner_secret' });
    const stored = JSON.stringify({ ...window.localStorage }) + JSON.stringify({ ...window.sessionStorage });
    expect(stored).not.toContain('hb_partner_secret');
    vi.unstubAllGlobals();
  });

  it('for a signed-in clerk, asks with her session by default and says in which scope', async () => {
    const fetch = stubFetch();
    renderAt('/explorer', [], { viewer: townClerk });
    expect(await screen.findByText('以当前登录身份（李镇办）')).toBeTruthy();
    expect(screen.getByText('以 李镇办 的身份查询，范围：瀛湖镇，与在系统中看到的一致。')).toBeTruthy();
    expect(screen.queryByLabelText('接口令牌')).toBeNull();
    expect((await screen.findByTestId('query')).textContent).toMatch(/query Towns/);
    fireEvent.click(screen.getByRole('button', { name: 'run' }));
    await vi.waitFor(() => expect(fetch).toHaveBeenCalled());
    const [, init] = fetch.mock.calls[0];
    expect(init?.credentials).toBe('same-origin');
    expect(init?.headers).toMatchObject({ 'x-hanbin-client': 'explorer' });
    expect(init?.headers).not.toHaveProperty('authorization');
    // She may switch to a token too.
    fireEvent.click(screen.getByText('使用接口令牌'));
    expect(await screen.findByLabelText('接口令牌')).toBeTruthy();
    vi.unstubAllGlobals();
  });
});
