import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderAt } from '../test/render';
import { viewer } from '../test/viewers';
import { ChangePasswordMutation } from './auth.graphql';

const mustChange = viewer({
  mustChangePassword: true,
  user: { __typename: 'User', id: 'u-yinghu', username: 'yinghu', displayName: '李镇办' },
});

function fill(label: string, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

/** Which lines of the rule the new password meets, in order. */
const ticks = () =>
  [...screen.getByLabelText('密码要求').querySelectorAll('li')].map((li) => li.getAttribute('data-ok'));

describe('change-password page', () => {
  it('explains the rule and ticks each part as the new password meets it', async () => {
    renderAt('/change-password', [], { viewer: mustChange });
    expect(await screen.findByText(/首次登录或密码被重置后须修改密码/)).toBeTruthy();
    const policy = screen.getByLabelText('密码要求');
    expect(within(policy).getByText('至少 12 位')).toBeTruthy();
    expect(within(policy).getByText('包含大写字母、小写字母、数字、符号中的至少 3 类')).toBeTruthy();
    expect(within(policy).getByText('不能包含用户名')).toBeTruthy();
    fill('当前密码', 'Hanbin@2021');
    fill('新密码', 'yinghu-lake-2026');
    await waitFor(() => expect(ticks()).toEqual(['true', 'true', 'false', 'true']));
    fill('新密码', 'Hanbin@2021');
    await waitFor(() => expect(ticks()).toEqual(['false', 'true', 'true', 'false']));
    fill('新密码', 'Lake#Shore2026');
    await waitFor(() => expect(ticks()).toEqual(['true', 'true', 'true', 'true']));
  });

  it('refuses a password against the rule before asking the API', async () => {
    const change = vi.fn();
    renderAt(
      '/change-password',
      [{ request: { query: ChangePasswordMutation, variables: () => true }, result: change }],
      {
        viewer: mustChange,
      },
    );
    await screen.findByLabelText('当前密码');
    fill('当前密码', 'Hanbin@2021');
    fill('新密码', 'Yinghu#2026-abc');
    fill('确认新密码', 'Yinghu#2026-abd');
    fireEvent.click(screen.getByRole('button', { name: /修改密码/ }));
    expect(await screen.findByText('两次输入的新密码不一致')).toBeTruthy();
    // The name check ignores case, as the API's does.
    expect(screen.getAllByText('不能包含用户名').length).toBeGreaterThan(1);
    expect(change).not.toHaveBeenCalled();
  });

  it('shows the API’s field messages under their fields', async () => {
    renderAt(
      '/change-password',
      [
        {
          request: {
            query: ChangePasswordMutation,
            variables: { input: { currentPassword: 'wrong-one', newPassword: 'Lake#Shore2026' } },
          },
          result: {
            errors: [
              {
                message: '当前密码不正确',
                extensions: {
                  code: 'BAD_USER_INPUT',
                  fields: [{ field: 'currentPassword', message: '当前密码不正确' }],
                },
              },
            ],
          },
        },
      ],
      { viewer: mustChange },
    );
    await screen.findByLabelText('当前密码');
    fill('当前密码', 'wrong-one');
    fill('新密码', 'Lake#Shore2026');
    fill('确认新密码', 'Lake#Shore2026');
    fireEvent.click(screen.getByRole('button', { name: /修改密码/ }));
    expect(await screen.findByText('当前密码不正确')).toBeTruthy();
  });

  it('continues to the page the user was headed for once changed', async () => {
    const { router } = renderAt(
      '/change-password?next=%2Ffunds',
      [
        {
          request: {
            query: ChangePasswordMutation,
            variables: { input: { currentPassword: 'Hanbin@2021', newPassword: 'Lake#Shore2026' } },
          },
          result: { data: { changePassword: { ...mustChange, mustChangePassword: false } } },
        },
      ],
      { viewer: mustChange },
    );
    await screen.findByLabelText('当前密码');
    fill('当前密码', 'Hanbin@2021');
    fill('新密码', 'Lake#Shore2026');
    fill('确认新密码', 'Lake#Shore2026');
    fireEvent.click(screen.getByRole('button', { name: /修改密码/ }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/funds'));
  });
});
