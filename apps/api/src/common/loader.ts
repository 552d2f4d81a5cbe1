import DataLoader from 'dataloader';
import type {
  DataSource,
  EntityManager,
  EntityMetadata,
  EntityTarget,
  ObjectLiteral,
  SelectQueryBuilder,
} from 'typeorm';
import { entitiesOf, jsonRowOf, withParentsOf } from './rows';

/** Batches lookups of one entity by a unique column: one `WHERE col = ANY($1)` per tick. */
export function loaderByKey<T extends ObjectLiteral, K extends string>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  column: keyof T & string,
  /** Keys that cannot name a row (a malformed id) resolve to null without reaching SQL. */
  isValidKey: (key: K) => boolean = () => true,
  /** Narrows the lookup, e.g. to the viewer's towns: rows outside it resolve to null. */
  narrow?: (qb: SelectQueryBuilder<T>) => void,
) {
  return new DataLoader<K, T | null>(async (keys) => {
    const valid = keys.filter(isValidKey);
    if (valid.length === 0) return keys.map(() => null);
    const qb = manager.getRepository(entity).createQueryBuilder('x').where(`x.${column} = ANY(:keys)`, { keys: valid });
    narrow?.(qb);
    const rows = await entitiesOf(qb);
    const byKey = new Map(rows.map((row) => [row[column] as K, row]));
    return keys.map((key) => byKey.get(key) ?? null);
  });
}

/** A many-to-one parent read in the same statement as the rows (`x.<relation>`), handed to `seen`. */
export interface JoinedParent<P> {
  relation: string;
  seen: (parent: P) => void;
}

/**
 * Batches one-to-many lookups: the children of many parents in one statement, grouped in memory.
 * Only for relations that are small by nature (a project's allocations, a town's villages). With
 * `joined`, each child's own parent (an allocation's fund source) comes in the same statement.
 */
export function loaderByParent<T extends ObjectLiteral, P extends ObjectLiteral = ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  parentColumn: keyof T & string,
  orderBy: Record<string, 'ASC' | 'DESC'>,
  joined?: JoinedParent<P>,
) {
  return new DataLoader<string, T[]>(async (keys) => {
    const qb = manager
      .getRepository(entity)
      .createQueryBuilder('x')
      .where(`x.${parentColumn} = ANY(:keys)`, { keys: [...keys] });
    for (const [column, direction] of Object.entries(orderBy)) qb.addOrderBy(`x.${column}`, direction);
    let rows: T[];
    if (joined) {
      const pairs = await withParentsOf<T, P>(qb.innerJoinAndSelect(`x.${joined.relation}`, 'joined'), 'joined');
      for (const [, parent] of pairs) joined.seen(parent);
      rows = pairs.map(([row]) => row);
    } else {
      rows = await entitiesOf(qb);
    }
    const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
    for (const row of rows) groups.get(row[parentColumn] as string)?.push(row);
    return keys.map((key) => groups.get(key) ?? []);
  });
}

/** A one-to-many relation as loaderByParent reads it: the child entity, its parent column, its order. */
export interface ChildRows<T extends ObjectLiteral> {
  entity: EntityTarget<T>;
  parentColumn: keyof T & string;
  orderBy: Record<string, 'ASC' | 'DESC'>;
}

/** A loaderByParent for a relation described once (and nested by childrenJson the same way). */
export function loaderOfChildren<T extends ObjectLiteral>(manager: EntityManager, rows: ChildRows<T>) {
  return loaderByParent(manager, rows.entity, rows.parentColumn, rows.orderBy);
}

/** `ORDER BY` of a relation's rows under `alias`, by their columns' database names. */
export function orderByOf<T extends ObjectLiteral>(dataSource: DataSource, rows: ChildRows<T>, alias: string): string {
  const metadata = dataSource.getMetadata(rows.entity);
  return Object.entries(rows.orderBy)
    .map(([property, direction]) => `"${alias}"."${columnOf(metadata, property)}" ${direction}`)
    .join(', ');
}

function columnOf(metadata: EntityMetadata, property: string): string {
  const column = metadata.findColumnWithPropertyName(property);
  if (!column) throw new Error(`${metadata.name} has no column ${property}`);
  return column.databaseName;
}

/**
 * The rows a loaderOfChildren would give one parent, as a subquery of the parent's own statement
 * (`parentRef` is the parent's id there, e.g. `p.id`): one JSON array in the loader's order, read back
 * into entities by `read`, so that a parent and its children cost one statement instead of two.
 */
export function childrenJson<T extends ObjectLiteral>(
  dataSource: DataSource,
  rows: ChildRows<T>,
  alias: string,
  parentRef: string,
): { sql: string; read: (value: unknown) => T[] } {
  const metadata = dataSource.getMetadata(rows.entity);
  const row = jsonRowOf(dataSource, rows.entity, alias);
  return {
    sql: `(SELECT COALESCE(json_agg(${row.sql} ORDER BY ${orderByOf(dataSource, rows, alias)}), '[]'::json)
             FROM "${metadata.tableName}" "${alias}" WHERE "${alias}"."${columnOf(metadata, rows.parentColumn)}" = ${parentRef})`,
    read: (value) => (value as unknown[][]).map((values) => row.read(values)),
  };
}
