// The session as the client sees it. The cookie itself is httpOnly: the SPA never reads it, it only
// learns from responses whether the API still accepts it, and when it last did.

/** Why the app leaves the signed-in area. */
export type SessionEvent = { kind: 'ended'; reason: 'expired' | 'signedOut' } | { kind: 'passwordChangeRequired' };

type Listener<T> = (value: T) => void;

const eventListeners = new Set<Listener<SessionEvent>>();

/** Called by the Apollo link when the API says the session is gone or must change its password. */
export function emitSessionEvent(event: SessionEvent): void {
  for (const listener of [...eventListeners]) listener(event);
}

export function onSessionEvent(listener: Listener<SessionEvent>): () => void {
  eventListeners.add(listener);
  return () => {
    eventListeners.delete(listener);
  };
}

// Last time the API answered a request on this session. Tabs share it through localStorage, so an
// idle tab does not count down while another one keeps the session alive.
const ACTIVITY_KEY = 'hb.session.activity';
// Written when someone signs in or out in any tab: the others reload who they are.
const CHANGE_KEY = 'hb.session.change';

let lastActivity = Date.now();
const activityListeners = new Set<() => void>();

function readStored(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

function writeStored(key: string, value: string): void {
  try {
    window.localStorage.setItem(key, value);
  } catch {
    // Private mode or storage full: this tab still works on its own clock.
  }
}

/** The API accepted a request just now. */
export function recordActivity(at: number = Date.now()): void {
  if (at <= lastActivity) return;
  lastActivity = at;
  writeStored(ACTIVITY_KEY, String(at));
  for (const listener of [...activityListeners]) listener();
}

export function getLastActivity(): number {
  const stored = Number(readStored(ACTIVITY_KEY));
  return Number.isFinite(stored) && stored > lastActivity ? stored : lastActivity;
}

export function subscribeActivity(listener: () => void): () => void {
  activityListeners.add(listener);
  const onStorage = (e: StorageEvent) => {
    if (e.key === ACTIVITY_KEY) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    activityListeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

/** Tells other tabs that the signed-in user changed (sign-in, sign-out). */
export function announceSessionChange(): void {
  writeStored(CHANGE_KEY, `${Date.now()}-${Math.random().toString(36).slice(2)}`);
}

/** Runs `listener` when another tab signs in or out. */
export function onSessionChangeElsewhere(listener: () => void): () => void {
  const onStorage = (e: StorageEvent) => {
    if (e.key === CHANGE_KEY) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => window.removeEventListener('storage', onStorage);
}
