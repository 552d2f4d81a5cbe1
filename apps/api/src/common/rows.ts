import type { EntityMetadata, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata.js';

type Reader = (raw: Record<string, unknown>) => ObjectLiteral;

/** Column types whose values node-postgres already gives in the entity's own form. */
const AS_READ = new Set<unknown>([
  'uuid',
  'varchar',
  'character varying',
  'text',
  'char',
  'int',
  'integer',
  'smallint',
  'numeric',
  'decimal',
  'jsonb',
  'json',
  'timestamptz',
  'timestamp with time zone',
  'increment',
  'boolean',
]);

const readers = new WeakMap<EntityMetadata, Map<string, Reader | null>>();

/**
 * The entities a whole-entity, join-free query selects, read from its raw rows by a reader built once
 * per entity and alias. TypeORM's `getMany()` works each row out anew (grouping by primary key, looking
 * up every column's alias and conversion), which was the largest share of the API's CPU on list pages
 * after graphql-js and garbage collection. Anything else (joins, partial selects, long aliases) goes
 * through `getMany()` as before.
 */
export async function entitiesOf<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>): Promise<T[]> {
  const reader = readerOf(qb);
  if (!reader) return qb.getMany();
  const raw = await qb.getRawMany<Record<string, unknown>>();
  return raw.map(reader) as T[];
}

function readerOf<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>): Reader | null {
  const map = qb.expressionMap;
  const alias = map.mainAlias;
  if (!alias?.hasMetadata) return null;
  if (map.joinAttributes.length || map.relationIdAttributes.length) return null;
  if (map.selects.length !== 1 || map.selects[0].selection !== alias.name) return null;
  const metadata = alias.metadata;
  let byAlias = readers.get(metadata);
  if (!byAlias) {
    byAlias = new Map();
    readers.set(metadata, byAlias);
  }
  let reader = byAlias.get(alias.name);
  if (reader === undefined) {
    reader = buildReader(metadata, alias.name, qb);
    byAlias.set(alias.name, reader);
  }
  return reader;
}

function buildReader<T extends ObjectLiteral>(
  metadata: EntityMetadata,
  alias: string,
  qb: SelectQueryBuilder<T>,
): Reader | null {
  const driver = qb.connection.driver;
  if (metadata.discriminatorColumn || metadata.childEntityMetadatas.length || metadata.lazyRelations.length)
    return null;
  if (qb.connection.options.typename) return null;
  const columns = metadata.columns.filter((c) => !c.isVirtual);
  if (columns.some((c) => c.embeddedMetadata)) return null;
  const fields = columns.map((column) => ({
    key: `${alias}_${column.databaseName}`,
    property: column.propertyName,
    convert: AS_READ.has(column.type) && !column.transformer && !column.isArray ? null : column,
  }));
  if (fields.some((f) => driver.maxAliasLength && f.key.length > driver.maxAliasLength)) return null;
  if (typeof metadata.target !== 'function') return null;
  // As TypeORM does: through the constructor (its default), or bare from the prototype when the data
  // source is set to skip constructors.
  const Target = metadata.target as new () => ObjectLiteral;
  const create = metadata.isAlwaysUsingConstructor
    ? () => new Target()
    : () => Object.create(Target.prototype) as ObjectLiteral;
  const hydrate = (value: unknown, column: ColumnMetadata) => driver.prepareHydratedValue(value, column);
  return (raw) => {
    const entity = create();
    for (const { key, property, convert } of fields) {
      const value = raw[key];
      if (value === undefined) continue;
      entity[property] = convert ? hydrate(value, convert) : value;
    }
    return entity;
  };
}
