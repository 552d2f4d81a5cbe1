/** The storage GraphiQL is given: in memory only, so nothing it holds outlives the page. */
export interface MemoryStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  clear(): void;
  readonly length: number;
}

/**
 * GraphiQL keeps tabs, history and (when asked) headers in `localStorage` by default; here nothing
 * is written to the browser's storage, so a query, its variables or a pasted header never remain.
 */
export function memoryStorage(): MemoryStorage {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => {
      items.set(key, String(value));
    },
    removeItem: (key) => {
      items.delete(key);
    },
    clear: () => items.clear(),
    get length() {
      return items.size;
    },
  };
}
