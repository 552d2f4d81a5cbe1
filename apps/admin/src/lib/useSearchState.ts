import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

export type SearchValue = string | number | null | undefined;

/** Query-string state: read with `params.get`, write with `update({ key: value })` (empty deletes). */
export function useSearchState() {
  const [params, setParams] = useSearchParams();
  const update = useCallback(
    (changes: Record<string, SearchValue>, options: { replace?: boolean } = {}) => {
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          for (const [key, value] of Object.entries(changes)) {
            if (value === null || value === undefined || value === '') next.delete(key);
            else next.set(key, String(value));
          }
          return next;
        },
        { replace: options.replace },
      );
    },
    [setParams],
  );
  return [params, update] as const;
}

/** A positive integer from the query string, or the fallback. */
export function intParam(params: URLSearchParams, key: string, fallback: number): number {
  const raw = params.get(key);
  const n = raw === null ? Number.NaN : Number(raw);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

/** A value of a fixed set from the query string, or undefined. */
export function enumParam<T extends string>(params: URLSearchParams, key: string, values: readonly T[]): T | undefined {
  const raw = params.get(key);
  return raw !== null && (values as readonly string[]).includes(raw) ? (raw as T) : undefined;
}

/** Comma-separated values of a fixed set (`status=STARTED,COMPLETED`); unknown ones are dropped. */
export function listParam<T extends string>(params: URLSearchParams, key: string, values: readonly T[]): T[] {
  const raw = params.get(key);
  if (!raw) return [];
  return raw.split(',').filter((v): v is T => (values as readonly string[]).includes(v));
}
