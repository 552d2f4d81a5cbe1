import { fireEvent, screen, waitFor } from '@testing-library/react';
import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { type Mock, renderAt } from '../test/render';
import { viewer } from '../test/viewers';
import { MeQuery, SignInMutation } from './auth.graphql';

const signedOut: Mock = { request: { query: MeQuery }, result: { data: { me: null } }, maxUsageCount: 10 };
const input = { username: 'yinghu', password: 'Hanbin@2021' };

function signInFails(extensions: Record<string, unknown>, message = '…'): Mock {
  return { request: { query: SignInMutation, variables: { input } }, result: { errors: [{ message, extensions }] } };
}

async function submit() {
  fireEvent.change(await screen.findByLabelText('用户名'), { target: { value: ' yinghu ' } });
  fireEvent.change(screen.getByLabelText('密码'), { target: { value: 'Hanbin@2021' } });
  fireEvent.click(screen.getByRole('button', { name: /登\s*录/ }));
}

describe('sign-in page', () => {
  it('links to the partner guide, which needs no account', async () => {
    renderAt('/login', [signedOut], { viewer: undefined });
    const link = await screen.findByRole('link', { name: '接口说明（合作单位）' });
    expect(link.getAttribute('href')).toBe('/guide');
  });

  it('asks for both fields before calling the API', async () => {
    renderAt('/login', [signedOut], { viewer: undefined });
    fireEvent.click(await screen.findByRole('button', { name: /登\s*录/ }));
    expect(await screen.findByText('请输入用户名')).toBeTruthy();
    expect(screen.getByText('请输入密码')).toBeTruthy();
  });

  it('says 用户名或密码错误 for wrong credentials', async () => {
    renderAt(
      '/login',
      [signedOut, signInFails({ code: 'UNAUTHENTICATED', reason: 'BAD_CREDENTIALS' }, '用户名或密码错误')],
      {
        viewer: undefined,
      },
    );
    await submit();
    expect(await screen.findByText('用户名或密码错误')).toBeTruthy();
  });

  it('says when a locked account opens again', async () => {
    const until = dayjs().add(30, 'minute');
    renderAt(
      '/login',
      [signedOut, signInFails({ code: 'ACCOUNT_LOCKED', lockedUntil: until.toISOString() }, '密码错误次数过多')],
      { viewer: undefined },
    );
    await submit();
    const expected = until.isSame(dayjs(), 'day') ? until.format('HH:mm') : until.format('M月D日 HH:mm');
    expect(await screen.findByText(`连续多次密码错误，账号已锁定，将于 ${expected} 自动解锁`)).toBeTruthy();
  });

  it('says a disabled account is disabled', async () => {
    renderAt('/login', [signedOut, signInFails({ code: 'FORBIDDEN', reason: 'ACCOUNT_DISABLED' })], {
      viewer: undefined,
    });
    await submit();
    expect(await screen.findByText('账号已停用，请联系区乡村振兴局系统管理员')).toBeTruthy();
  });

  it('says so when the server cannot be reached', async () => {
    renderAt(
      '/login',
      [
        signedOut,
        { request: { query: SignInMutation, variables: { input } }, error: new TypeError('Failed to fetch') },
      ],
      {
        viewer: undefined,
      },
    );
    await submit();
    expect(await screen.findByText('无法连接服务器，请检查网络后重试')).toBeTruthy();
  });

  it('goes on to the required password change, keeping where the user was headed', async () => {
    const { router } = renderAt(
      '/login?next=%2Fprojects%3Fyear%3D2021',
      [
        signedOut,
        {
          request: { query: SignInMutation, variables: { input } },
          result: { data: { signIn: viewer({ mustChangePassword: true }) } },
        },
      ],
      { viewer: undefined },
    );
    await submit();
    await waitFor(() => expect(router.state.location.pathname).toBe('/change-password'));
    expect(new URLSearchParams(router.state.location.search).get('next')).toBe('/projects?year=2021');
    expect(await screen.findByLabelText('当前密码')).toBeTruthy();
  });

  it('never returns to another site after sign-in', async () => {
    const { router } = renderAt(
      '/login?next=%2F%2Fevil.example%2F',
      [signedOut, { request: { query: SignInMutation, variables: { input } }, result: { data: { signIn: viewer() } } }],
      { viewer: undefined },
    );
    await submit();
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
  });
});
