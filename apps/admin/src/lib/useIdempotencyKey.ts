import { useMemo, useRef } from 'react';

/**
 * A random key (32 hex digits) from `crypto.getRandomValues`, which, unlike `crypto.randomUUID`, also
 * exists when the admin is served over plain HTTP on the bureau's intranet.
 */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The idempotency key of one form that creates a money record. Every submission of the form sends
 * the same key, so a resubmission after a timeout or a lost answer returns the record the first one
 * created instead of paying twice; `renew` starts a new record (after success, or when the form closes).
 */
export function useIdempotencyKey(): { current: () => string; renew: () => void } {
  const key = useRef<string | null>(null);
  return useMemo(
    () => ({
      current: () => {
        key.current ??= newIdempotencyKey();
        return key.current;
      },
      renew: () => {
        key.current = null;
      },
    }),
    [],
  );
}
