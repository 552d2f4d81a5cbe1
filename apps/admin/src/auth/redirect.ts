/** The page to return to after signing in: a path of this app, never another origin or the auth pages. */
export function safeNext(raw: string | null | undefined): string {
  if (!raw?.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) return '/';
  if (/^\/(login|change-password)(\/|\?|$)/.test(raw)) return '/';
  return raw;
}

function withNext(path: string, next: string): string {
  const target = safeNext(next);
  return target === '/' ? path : `${path}?next=${encodeURIComponent(target)}`;
}

/** `/login?next=…` for the page the user was on. */
export function loginPath(next: string): string {
  return withNext('/login', next);
}

/** `/change-password?next=…` for the page the user was on. */
export function changePasswordPath(next: string): string {
  return withNext('/change-password', next);
}

/** What the auth pages receive in navigation state. */
export interface AuthPageState {
  /** The session ended by itself (idle or absolute limit), not by 退出登录. */
  expired?: boolean;
}
