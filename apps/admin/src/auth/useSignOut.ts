import { useMutation } from '@apollo/client/react';
import { App } from 'antd';
import { useCallback } from 'react';
import { readServerError } from '../lib/serverErrors';
import { SignOutMutation } from './auth.graphql';
import { authText as t } from './locale';

/** How long 退出登录 waits for the API before telling the user it did not work. */
export const SIGN_OUT_TIMEOUT_MS = 15_000;

/**
 * 退出登录 as the user asked for it: resolves true once the API has revoked the session (or had
 * already let it go), false after telling the user why it could not. The page must not look signed
 * out while the cookie still opens the session: the next person at this browser would be let in.
 */
export function useSignOut(): () => Promise<boolean> {
  const [mutate] = useMutation(SignOutMutation);
  const { message } = App.useApp();
  return useCallback(async () => {
    const hide = message.loading(t.signingOut, 0);
    try {
      await mutate({ context: { fetchOptions: { signal: AbortSignal.timeout(SIGN_OUT_TIMEOUT_MS) } } });
      return true;
    } catch (e) {
      const error = readServerError(e);
      if (error.code === 'UNAUTHENTICATED') return true;
      message.error(t.signOutFailed(error.message));
      return false;
    } finally {
      hide();
    }
  }, [mutate, message]);
}
