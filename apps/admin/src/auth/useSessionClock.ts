import { useEffect, useReducer, useSyncExternalStore } from 'react';
import { getLastActivity, subscribeActivity } from './session';

/** When the session expires for want of activity (ms since the epoch, this browser's clock). */
export function useIdleDeadline(idleTimeoutSeconds: number): number {
  const last = useSyncExternalStore(subscribeActivity, getLastActivity);
  return last + idleTimeoutSeconds * 1000;
}

/** Milliseconds left until `deadline`, re-rendered every second (never below 0). */
export function useRemaining(deadline: number): number {
  const [, tick] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    const timer = window.setInterval(tick, 1000);
    return () => window.clearInterval(timer);
  }, []);
  return Math.max(0, deadline - Date.now());
}

/** `mm:ss` (or `h:mm:ss`) for a countdown. */
export function formatCountdown(ms: number): string {
  const total = Math.ceil(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const mmss = `${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
  return h > 0 ? `${h}:${mmss}` : mmss;
}
