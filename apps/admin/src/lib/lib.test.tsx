import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { positiveMoneyRule } from './formRules';
import { isStaleConflict, readServerError, toNamePath } from './serverErrors';
import { useCursorPages } from './useCursorPages';

describe('readServerError', () => {
  it('reads code, message and field messages from GraphQL errors', () => {
    const error = new CombinedGraphQLErrors({
      errors: [
        {
          message: '输入有误',
          extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'targets.0.targetValue', message: '须为正数' }] },
        },
      ],
    });
    expect(readServerError(error)).toEqual({
      code: 'BAD_USER_INPUT',
      reason: undefined,
      message: '输入有误',
      fields: [{ field: 'targets.0.targetValue', message: '须为正数' }],
      extensions: {
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'targets.0.targetValue', message: '须为正数' }],
      },
    });
    expect(toNamePath('targets.0.targetValue')).toEqual(['targets', 0, 'targetValue']);
    expect(toNamePath('input.name')).toEqual(['name']);
  });

  it('takes a CONFLICT for a stale record only when the reason says so', () => {
    const conflict = (reason?: string) =>
      readServerError(
        new CombinedGraphQLErrors({
          errors: [{ message: '冲突', extensions: { code: 'CONFLICT', ...(reason ? { reason } : {}) } }],
        }),
      );
    expect(isStaleConflict(conflict('STALE_VERSION'))).toBe(true);
    expect(isStaleConflict(conflict('ALREADY_REVERSED'))).toBe(false);
    expect(isStaleConflict(conflict())).toBe(false);
  });

  it('asks for a reload when the API no longer knows the page’s registered operations', () => {
    const notFound = new CombinedGraphQLErrors({
      errors: [{ message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }],
    });
    expect(readServerError(notFound).message).toBe('系统已更新，请刷新页面后重试');
  });

  it('reads the GraphQL error in the body of a refused HTTP request', () => {
    const body = JSON.stringify({
      errors: [{ message: '此客户端只能执行已登记的查询', extensions: { code: 'TRUSTED_DOCUMENT_REQUIRED' } }],
    });
    const error = new ServerError('Response not successful', {
      response: new Response(body, { status: 400 }),
      bodyText: body,
    });
    expect(readServerError(error)).toMatchObject({
      code: 'TRUSTED_DOCUMENT_REQUIRED',
      message: '此客户端只能执行已登记的查询',
    });
  });

  it('turns a failed fetch into a network message', () => {
    expect(readServerError(new TypeError('Failed to fetch')).message).toBe('无法连接服务器，请检查网络后重试');
  });
});

describe('positiveMoneyRule', () => {
  const rule = positiveMoneyRule({ format: 'format', exceeds: (l) => `exceeds ${l}` }, '520000.00') as {
    validator: (r: unknown, v: string) => Promise<void>;
  };
  it.each(['1', '0.01', '12,500.5', '520000.00'])('accepts %s', async (v) => {
    await expect(rule.validator({}, v)).resolves.toBeUndefined();
  });
  it.each(['0', '0.00', '-5', '1.234', '1e3', 'abc'])('rejects %s as not money', async (v) => {
    await expect(rule.validator({}, v)).rejects.toThrow('format');
  });
  it('rejects more than what remains, exactly at the fen', async () => {
    await expect(rule.validator({}, '520000.01')).rejects.toThrow('exceeds 520000.00');
  });
});

describe('useCursorPages', () => {
  it('walks to a far page with cursor-only requests, then reuses what it saw', async () => {
    const all = Array.from({ length: 450 }, (_, i) => `c${i}`);
    const fetchCursors = vi.fn(async (after: string | null, first: number) => {
      const start = after === null ? 0 : all.indexOf(after) + 1;
      return all.slice(start, start + first);
    });
    const { result, rerender } = renderHook(({ page }) => useCursorPages('scope', page, 20, fetchCursors), {
      initialProps: { page: 12 },
    });
    expect(result.current.after).toBeUndefined();
    await waitFor(() => expect(result.current.after).toBe('c219'));
    // 220 rows before page 12: 100 + 100 + 20.
    expect(fetchCursors.mock.calls.map((c) => c[1])).toEqual([100, 100, 20]);
    rerender({ page: 3 });
    expect(result.current.after).toBe('c39');
    rerender({ page: 1 });
    expect(result.current.after).toBeNull();
    expect(fetchCursors).toHaveBeenCalledTimes(3);
  });

  it('reports a page past the end', async () => {
    const { result } = renderHook(() => useCursorPages('s', 9, 20, async () => ['a', 'b']));
    await waitFor(() => expect(result.current.error).toBeDefined());
  });
});
