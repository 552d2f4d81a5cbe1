import type { DataSource, EntityManager } from 'typeorm';

/** Escapes `%`, `_` and `\` so user text matches literally inside ILIKE ... ESCAPE '\'. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * Runs `work` in the caller's transaction when given one (an import applies many rows in one
 * all-or-nothing transaction), otherwise in a transaction of its own.
 */
export function inTransaction<T>(
  dataSource: DataSource,
  manager: EntityManager | undefined,
  work: (manager: EntityManager) => Promise<T>,
): Promise<T> {
  return manager ? work(manager) : dataSource.transaction(work);
}
