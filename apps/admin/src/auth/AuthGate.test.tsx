import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { DashboardSummaryQuery } from '../pages/dashboard/dashboard.graphql';
import { FundSourceOptionsQuery, FundSourcesQuery } from '../pages/funds/funds.graphql';
import { type Mock, renderAt } from '../test/render';
import { districtAdmin, townClerk, viewer } from '../test/viewers';
import { MeQuery, SignInMutation, SignOutMutation } from './auth.graphql';

const signedOut: Mock = { request: { query: MeQuery }, result: { data: { me: null } }, maxUsageCount: 10 };

const summary = (overrides: Partial<Mock> = {}): Mock => ({
  request: { query: DashboardSummaryQuery, variables: { year: 2021 } },
  result: {
    data: {
      systemInfo: { __typename: 'SystemInfo', demoData: true, demoDataDescription: '演示数据' },
      integrated: {
        __typename: 'FundingSummary',
        totals: {
          __typename: 'FundingSummaryRow',
          allocated: '0.00',
          disbursed: '0.00',
          executionRate: null,
          projectCount: 0,
          startedProjectCount: 0,
        },
        rows: [],
      },
      bridging: {
        __typename: 'FundingSummary',
        totals: {
          __typename: 'FundingSummaryRow',
          allocated: '0.00',
          disbursed: '0.00',
          executionRate: null,
          projectCount: 0,
          startedProjectCount: 0,
        },
        rows: [],
      },
    },
  },
  ...overrides,
});

const expiredError = (reason = 'SESSION_EXPIRED') => ({
  errors: [{ message: '登录已过期，请重新登录', extensions: { code: 'UNAUTHENTICATED', reason } }],
});

describe('auth gate', () => {
  it('sends someone not signed in to the sign-in page, remembering where they were going', async () => {
    const { router } = renderAt('/funds?tab=disbursements', [signedOut], { viewer: null });
    expect(await screen.findByLabelText('用户名')).toBeTruthy();
    expect(router.state.location.pathname).toBe('/login');
    expect(new URLSearchParams(router.state.location.search).get('next')).toBe('/funds?tab=disbursements');
    expect(screen.getByText('汉滨区乡村振兴局')).toBeTruthy();
    // Arriving on purpose is not an expiry.
    expect(screen.queryByText('登录已过期，请重新登录')).toBeNull();
  });

  it('sends a user who must change the password there before anything else', async () => {
    const { router } = renderAt('/projects', [], { viewer: viewer({ mustChangePassword: true }) });
    expect(await screen.findByText(/首次登录或密码被重置后须修改密码/)).toBeTruthy();
    expect(router.state.location.pathname).toBe('/change-password');
    expect(new URLSearchParams(router.state.location.search).get('next')).toBe('/projects');
    expect(screen.queryByText('项目库')).toBeNull();
  });

  it('shows the shell with the user, role and town once signed in', async () => {
    renderAt('/', [summary()], { viewer: townClerk });
    expect(await screen.findByRole('button', { name: '李镇办（镇办工作人员）' })).toBeTruthy();
    expect(screen.getByText('镇办工作人员 · 瀛湖镇')).toBeTruthy();
  });

  it('on SESSION_EXPIRED goes to sign-in with 「登录已过期」, then back to the page', async () => {
    const { router } = renderAt(
      '/',
      [
        summary({ result: expiredError() }),
        signedOut,
        {
          request: { query: SignInMutation, variables: { input: { username: 'admin', password: 'Zhen#Xing2026ok' } } },
          result: { data: { signIn: districtAdmin } },
        },
        summary(),
      ],
      { viewer: districtAdmin },
    );
    expect(await screen.findByLabelText('用户名')).toBeTruthy();
    expect(screen.getByText('登录已过期，请重新登录')).toBeTruthy();
    expect(router.state.location.pathname).toBe('/login');
    expect(new URLSearchParams(router.state.location.search).get('next')).toBeNull();

    fireEvent.change(screen.getByLabelText('用户名'), { target: { value: 'admin' } });
    fireEvent.change(screen.getByLabelText('密码'), { target: { value: 'Zhen#Xing2026ok' } });
    fireEvent.click(screen.getByRole('button', { name: /登\s*录/ }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    expect((await screen.findAllByText('演示数据')).length).toBeGreaterThan(0);
  });

  it('keeps the page to return to, query string included (NOT_SIGNED_IN: signed out in another tab)', async () => {
    const { router } = renderAt(
      '/funds?tab=sources&year=2022',
      [
        {
          request: { query: FundSourcesQuery, variables: { filter: { year: 2022 }, first: 100 } },
          result: expiredError('NOT_SIGNED_IN'),
        },
        {
          request: { query: FundSourceOptionsQuery, variables: { year: 2022 } },
          result: expiredError('NOT_SIGNED_IN'),
        },
        signedOut,
      ],
      { viewer: districtAdmin },
    );
    expect(await screen.findByLabelText('用户名')).toBeTruthy();
    expect(screen.getByText('登录已过期，请重新登录')).toBeTruthy();
    expect(new URLSearchParams(router.state.location.search).get('next')).toBe('/funds?tab=sources&year=2022');
  });

  it('on PASSWORD_CHANGE_REQUIRED goes to the change-password page', async () => {
    const { router } = renderAt(
      '/',
      [
        summary({
          result: {
            errors: [
              {
                message: '首次登录或密码已重置，请先修改密码',
                extensions: { code: 'FORBIDDEN', reason: 'PASSWORD_CHANGE_REQUIRED' },
              },
            ],
          },
        }),
      ],
      { viewer: districtAdmin },
    );
    await waitFor(() => expect(router.state.location.pathname).toBe('/change-password'));
    expect(await screen.findByLabelText('当前密码')).toBeTruthy();
  });

  it('signs out by itself when the session has been idle for idleTimeoutSeconds', async () => {
    const signOut = vi.fn(() => ({ data: { signOut: true } }));
    const { router } = renderAt('/', [summary(), { request: { query: SignOutMutation }, result: signOut }, signedOut], {
      viewer: viewer({ idleTimeoutSeconds: 2 }),
    });
    // The countdown shows as the end nears…
    expect(await screen.findByRole('timer')).toBeTruthy();
    expect(screen.getByRole('timer').textContent).toMatch(/0[01]:\d\d 后登录过期/);
    // …then the app signs out and says why.
    expect(await screen.findByText('登录已过期，请重新登录', {}, { timeout: 5000 })).toBeTruthy();
    expect(signOut).toHaveBeenCalled();
    expect(router.state.location.pathname).toBe('/login');
  });

  it('退出登录 signs out and shows the sign-in page without the expiry message', async () => {
    const signOut = vi.fn(() => ({ data: { signOut: true } }));
    const { router } = renderAt('/', [summary(), { request: { query: SignOutMutation }, result: signOut }, signedOut]);
    fireEvent.click(await screen.findByRole('button', { name: '张区管（区级管理员）' }));
    fireEvent.click(await screen.findByText('退出登录'));
    await waitFor(() => expect(router.state.location.pathname).toBe('/login'));
    expect(signOut).toHaveBeenCalled();
    expect(await screen.findByLabelText('用户名')).toBeTruthy();
    expect(screen.queryByText('登录已过期，请重新登录')).toBeNull();
  });

  it('退出登录 that the API cannot confirm says so and stays signed in (the cookie still opens the session)', async () => {
    const { router } = renderAt('/', [
      summary(),
      { request: { query: SignOutMutation }, error: new TypeError('Failed to fetch') },
    ]);
    fireEvent.click(await screen.findByRole('button', { name: '张区管（区级管理员）' }));
    fireEvent.click(await screen.findByText('退出登录'));
    expect(
      await screen.findByText('退出登录失败：无法连接服务器，请检查网络后重试。您仍处于登录状态，请重试'),
    ).toBeTruthy();
    expect(router.state.location.pathname).toBe('/');
    expect(screen.queryByLabelText('用户名')).toBeNull();
  });
});
