import { useCallback, useEffect, useReducer, useRef, useState } from 'react';

/** Largest page the API serves (`first` ≤ 100). */
export const MAX_FIRST = 100;

/** Fetches only the cursors of `first` rows after `after` (null: from the start). */
export type FetchCursors = (after: string | null, first: number) => Promise<string[]>;

export class PageOutOfRangeError extends Error {
  constructor() {
    super('page out of range');
  }
}

/**
 * Numbered pages over a cursor (first/after) connection. The URL keeps `page`; the cursor that
 * page starts after is taken from the cursors already seen, or found by walking from the nearest
 * known one with a cursor-only query (100 rows a step), so a reload or a jump to any page works.
 * `scope` identifies the filter and sort: cursors from another ordering are never reused.
 */
export function useCursorPages(scope: string, page: number, pageSize: number, fetchCursors: FetchCursors) {
  const cache = useRef(new Map<string, Map<number, string>>());
  const fetchRef = useRef(fetchCursors);
  fetchRef.current = fetchCursors;
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const [error, setError] = useState<{ scope: string; needed: number; error: unknown } | null>(null);

  const known = cache.current.get(scope) ?? new Map<number, string>();
  if (!cache.current.has(scope)) cache.current.set(scope, known);
  // Index of the last row of the previous page; its cursor is this page's `after`.
  const needed = page <= 1 ? -1 : (page - 1) * pageSize - 1;
  const after: string | null | undefined = needed < 0 ? null : known.get(needed);

  useEffect(() => {
    if (needed < 0 || after !== undefined) return;
    let cancelled = false;
    (async () => {
      try {
        let start = -1;
        for (const index of known.keys()) if (index < needed && index > start) start = index;
        while (start < needed) {
          const first = Math.min(MAX_FIRST, needed - start);
          const cursors = await fetchRef.current(start < 0 ? null : (known.get(start) ?? null), first);
          cursors.forEach((cursor, i) => {
            known.set(start + 1 + i, cursor);
          });
          if (cursors.length < first) throw new PageOutOfRangeError();
          start += cursors.length;
        }
        if (!cancelled) rerender();
      } catch (e) {
        if (!cancelled) setError({ scope, needed, error: e });
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [scope, needed, after, known]);

  /** Remembers the cursors of a page the main query returned. */
  const record = useCallback(
    (page: number, pageSize: number, cursors: readonly string[]) => {
      const start = (page - 1) * pageSize;
      cursors.forEach((cursor, i) => {
        known.set(start + i, cursor);
      });
    },
    [known],
  );

  const currentError = error && error.scope === scope && error.needed === needed ? error.error : undefined;
  return { after, resolving: after === undefined && !currentError, error: currentError, record };
}
