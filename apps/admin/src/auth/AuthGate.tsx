import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Button, Result } from 'antd';
import { type ReactNode, useCallback, useEffect, useRef } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { BootLoading } from '../layout/BootLoading';
import { commonText } from '../lib/locale';
import { readServerError } from '../lib/serverErrors';
import { MeQuery, SignOutMutation } from './auth.graphql';
import { type AuthPageState, changePasswordPath, loginPath } from './redirect';
import { getLastActivity, onSessionChangeElsewhere, onSessionEvent } from './session';
import { useIdleDeadline } from './useSessionClock';
import { SIGN_OUT_TIMEOUT_MS } from './useSignOut';
import { ViewerProvider } from './viewer';

// The API counts idle time from the request, the browser from the response: by the time this
// deadline passes the API has already let the session go. The margin absorbs timer jitter.
const EXPIRY_MARGIN_MS = 250;

/**
 * Loads who is signed in before the shell renders: nobody → the sign-in page (coming back here
 * afterwards), a password to change → the change-password page. Then it watches the session:
 * when the API says it ended, or it has been idle for `idleTimeoutSeconds`, the user goes to the
 * sign-in page with 「登录已过期」 and the cache (another user's data, perhaps) is emptied.
 */
export function AuthGate({ children }: { children: ReactNode }) {
  const client = useApolloClient();
  const navigate = useNavigate();
  const location = useLocation();
  const here = `${location.pathname}${location.search}`;
  const hereRef = useRef(here);
  hereRef.current = here;
  const ending = useRef(false);
  const { data, loading, error, refetch } = useQuery(MeQuery, { fetchPolicy: 'cache-first' });
  const [signOut] = useMutation(SignOutMutation);
  const viewer = data?.me ?? null;

  const endSession = useCallback(
    async (reason: 'expired' | 'signedOut', tellServer: boolean) => {
      if (ending.current) return;
      ending.current = true;
      // Make sure the API agrees (the cookie is cleared); it may already have let the session go.
      // Best effort: the API has let an idle session go by itself; do not wait on it for long.
      if (tellServer) {
        const signal = AbortSignal.timeout(SIGN_OUT_TIMEOUT_MS);
        await signOut({ context: { fetchOptions: { signal } } }).catch(() => undefined);
      }
      const state: AuthPageState = { expired: reason === 'expired' };
      const target = reason === 'expired' ? loginPath(hereRef.current) : '/login';
      await navigate(target, { replace: true, state });
      await client.clearStore();
    },
    [client, navigate, signOut],
  );

  useEffect(
    () =>
      onSessionEvent((event) => {
        if (event.kind === 'ended') void endSession(event.reason, false);
        else navigate(changePasswordPath(hereRef.current), { replace: true });
      }),
    [endSession, navigate],
  );

  // Someone signed in or out in another tab: the cookie now belongs to them. Start over.
  useEffect(() => onSessionChangeElsewhere(() => void client.resetStore().catch(() => undefined)), [client]);

  const idle = viewer?.idleTimeoutSeconds ?? 0;
  const deadline = useIdleDeadline(idle);
  useEffect(() => {
    if (!viewer || idle <= 0) return;
    const timer = window.setTimeout(
      () => {
        // Another tab may have kept the session alive meanwhile.
        if (getLastActivity() + idle * 1000 <= Date.now()) void endSession('expired', true);
      },
      Math.max(0, deadline - Date.now()) + EXPIRY_MARGIN_MS,
    );
    return () => window.clearTimeout(timer);
  }, [viewer, idle, deadline, endSession]);

  if (error && !data) {
    return (
      <Result
        status="warning"
        title={commonText.loadFailed}
        subTitle={readServerError(error).message}
        extra={<Button onClick={() => refetch()}>{commonText.retry}</Button>}
      />
    );
  }
  if (loading && !data) return <BootLoading />;
  if (!viewer) return <Navigate to={loginPath(here)} replace />;
  if (viewer.mustChangePassword) return <Navigate to={changePasswordPath(here)} replace />;
  return <ViewerProvider viewer={viewer}>{children}</ViewerProvider>;
}
