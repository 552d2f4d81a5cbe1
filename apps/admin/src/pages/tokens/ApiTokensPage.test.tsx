import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { TownsQuery } from '../../lib/places.graphql';
import { expectExport, startExportSpy, withExport } from '../../test/exports';
import { towns } from '../../test/fixtures';
import { type Mock, renderAt } from '../../test/render';
import { districtAdmin } from '../../test/viewers';
import { ApiTokenListQuery, CreateApiTokenMutation, RevokeApiTokenMutation } from './tokens.graphql';

const SECRET = 'hbt_3Jd9kQ2mZx7LwP4sV8nR1cT6yB5gH0aE';

function token(id: string, name: string, extra: Record<string, unknown> = {}) {
  return {
    __typename: 'ApiToken' as const,
    id,
    name,
    kind: 'PARTNER',
    datasets: ['PROJECTS', 'FUNDS'],
    towns: [],
    aggregatesOnly: false,
    prefix: `hbt_${id}`,
    expiresAt: '2099-01-01T00:00:00.000Z',
    revokedAt: null,
    lastUsedAt: null,
    createdAt: '2026-11-01T00:00:00.000Z',
    createdBy: { __typename: 'User' as const, id: 'u-admin', displayName: '张区管' },
    ...extra,
  };
}

const list = (...nodes: ReturnType<typeof token>[]): Mock => ({
  request: { query: ApiTokenListQuery, variables: { includeRevoked: false, first: 20, after: null } },
  result: {
    data: {
      apiTokens: {
        __typename: 'ApiTokenConnection',
        totalCount: nodes.length,
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        edges: nodes.map((node) => ({ __typename: 'ApiTokenEdge', cursor: `c-${node.id}`, node })),
      },
    },
  },
});

const townsMock: Mock = { request: { query: TownsQuery }, result: { data: { towns } }, maxUsageCount: 5 };

describe('接口令牌', () => {
  it('lists tokens with their scope and status', async () => {
    renderAt('/system/tokens', [
      list(
        token('t1', '区卫健局数据接口'),
        token('t2', '区大数据中心 BI', {
          kind: 'BI',
          datasets: [],
          aggregatesOnly: true,
          towns: [{ __typename: 'Town', code: '610902001', name: '老城街道' }],
        }),
      ),
    ]);
    const row = (await screen.findByText('区卫健局数据接口')).closest('tr') as HTMLElement;
    expect(within(row).getByText('合作单位')).toBeTruthy();
    expect(within(row).getByText('项目库')).toBeTruthy();
    expect(within(row).getByText('全区')).toBeTruthy();
    expect(within(row).getByText('有效')).toBeTruthy();
    const bi = screen.getByText('区大数据中心 BI').closest('tr') as HTMLElement;
    expect(within(bi).getByText('仅汇总')).toBeTruthy();
    expect(within(bi).getByText('老城街道')).toBeTruthy();
  });

  it('shows a new token’s secret once, with a copy button and the warning, and forgets it on close', async () => {
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    let sent: unknown;
    const { cache } = renderAt('/system/tokens', [
      list(),
      townsMock,
      {
        request: { query: CreateApiTokenMutation, variables: () => true },
        result: (variables) => {
          sent = variables;
          return {
            data: {
              createApiToken: { __typename: 'CreatedApiToken', secret: SECRET, token: token('t9', '区卫健局数据接口') },
            },
          };
        },
      },
      list(token('t9', '区卫健局数据接口')),
    ]);
    fireEvent.click(await screen.findByRole('button', { name: /签发令牌/ }));
    fireEvent.change(await screen.findByLabelText('名称（用途）'), { target: { value: '区卫健局数据接口' } });
    fireEvent.click(screen.getByRole('button', { name: /确\s*定/ }));

    expect(await screen.findByText('令牌只显示这一次')).toBeTruthy();
    expect(sent).toEqual({
      input: {
        name: '区卫健局数据接口',
        kind: 'PARTNER',
        datasets: ['PROJECTS'],
        townCodes: [],
        expiresOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      },
    });
    const dialog = screen.getByRole('dialog', { name: '令牌已签发' });
    expect((within(dialog).getByLabelText('令牌') as HTMLInputElement).value).toBe(SECRET);
    fireEvent.click(within(dialog).getByRole('button', { name: /复\s*制$/ }));
    await waitFor(() => expect(writeText).toHaveBeenCalledWith(SECRET));

    // Only the explicit button closes it (see TokenSecretDialog.test.tsx for Esc and the mask).
    fireEvent.click(within(dialog).getByRole('button', { name: '我已复制并妥善保存' }));
    await waitFor(() => expect(screen.queryByDisplayValue(SECRET)).toBeNull());
    // The secret never went into Apollo's cache.
    expect(JSON.stringify(cache.extract())).not.toContain(SECRET);
  });

  it('导出 Excel sends whether the list shows revoked tokens', async () => {
    const spy = startExportSpy();
    renderAt('/system/tokens', [list(token('t-1', '区卫健局数据接口')), townsMock, spy.mock], {
      viewer: withExport(districtAdmin),
    });
    await expectExport(spy, 'API_TOKENS', { includeRevoked: false });
  });

  it('revokes a token after confirmation', async () => {
    let revoked: unknown;
    renderAt('/system/tokens', [
      list(token('t1', '区卫健局数据接口')),
      {
        request: { query: RevokeApiTokenMutation, variables: { id: 't1' } },
        result: () => {
          revoked = true;
          return {
            data: { revokeApiToken: token('t1', '区卫健局数据接口', { revokedAt: '2026-11-29T00:00:00.000Z' }) },
          };
        },
      },
      list(),
    ]);
    fireEvent.click(await screen.findByRole('button', { name: /吊\s*销/ }));
    expect(await screen.findByText(/使用该令牌的系统将立即无法访问/)).toBeTruthy();
    fireEvent.click(screen.getAllByRole('button', { name: /确\s*定|OK/ }).at(-1) as HTMLElement);
    await waitFor(() => expect(revoked).toBe(true));
  });
});
