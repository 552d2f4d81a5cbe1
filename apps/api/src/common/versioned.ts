import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { ConflictError } from './errors';

/**
 * Optimistic locking for one row: writes only the given columns and moves the version on, provided
 * the row still has the version the caller read; otherwise the caller is told to reload
 * (CONFLICT, STALE_VERSION), naming `what` was changed by someone else.
 */
export async function updateVersioned<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  id: string,
  version: number,
  changes: Partial<T>,
  what: string,
): Promise<void> {
  const result = await manager
    .createQueryBuilder()
    .update(entity)
    .set({ ...changes, version: () => 'version + 1', updatedAt: () => 'now()' } as never)
    .where('id = :id AND version = :version', { id, version })
    .execute();
  if (result.affected !== 1) throw ConflictError.stale(what);
}
