import type {
  DataSource,
  EntityManager,
  EntityMetadata,
  EntityTarget,
  ObjectLiteral,
  SelectQueryBuilder,
} from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata.js';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';

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
  'boolean',
]);

const readers = new WeakMap<EntityMetadata, Map<string, Reader | null>>();

/**
 * The entities a join-free query selects (whole, or some of their columns by property: `p.code`), read
 * from its raw rows by a reader built once per entity and alias. TypeORM's `getMany()` works each row out
 * anew (grouping by primary key, looking up every column's alias and conversion), which was the largest
 * share of the API's CPU on list pages after graphql-js and garbage collection. Anything else (joins,
 * computed or aliased selects, long aliases) goes through `getMany()` as before.
 */
export async function entitiesOf<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>): Promise<T[]> {
  const reader = readerOf(qb);
  if (!reader) return qb.getMany();
  const raw = await qb.getRawMany<Record<string, unknown>>();
  return raw.map(reader) as T[];
}

/**
 * Rows of a query that joins each row's many-to-one parent (`innerJoinAndSelect(…, parentAlias)`), read
 * as [row, parent] pairs by the same readers: one statement where a loader would issue a second.
 */
export async function withParentsOf<T extends ObjectLiteral, P extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  parentAlias: string,
): Promise<[T, P][]> {
  const map = qb.expressionMap;
  const main = map.mainAlias;
  const parent = map.findAliasByName(parentAlias);
  const read = main?.hasMetadata ? cachedReader(main.metadata, main.name, qb.connection) : null;
  const readParent = parent.hasMetadata ? cachedReader(parent.metadata, parent.name, qb.connection) : null;
  if (!read || !readParent) throw new Error(`no row reader for ${main?.name} with ${parentAlias}`);
  const raw = await qb.getRawMany<Record<string, unknown>>();
  return raw.map((row) => [read(row) as T, readParent(row) as P]);
}

const selectLists = new WeakMap<EntityMetadata, Map<string, string>>();

/**
 * `"a"."col" AS "a_col", …` for every column of an entity: the select list whose rows `rowsOfSql`
 * reads, built once per entity and alias.
 */
export function selectListOf(dataSource: DataSource, target: EntityTarget<ObjectLiteral>, alias: string): string {
  const metadata = dataSource.getMetadata(target);
  return perEntityAndAlias(selectLists, metadata, alias, () =>
    metadata.columns
      .filter((c) => !c.isVirtual)
      .map((c) => `"${alias}"."${c.databaseName}" AS "${alias}_${c.databaseName}"`)
      .join(', '),
  );
}

/** An entity's row nested in another statement as a JSON array, and how to read it back. */
export interface JsonRow<T> {
  /** `json_build_array(<alias>.<column>, …)`, every column in the form `read` expects. */
  sql: string;
  read(values: unknown[]): T;
}

const jsonRows = new WeakMap<EntityMetadata, Map<string, JsonRow<ObjectLiteral>>>();

/** Types JSON would carry as a number where node-postgres gives a string (exact money, bigints). */
const AS_TEXT = new Set<unknown>(['numeric', 'decimal', 'bigint', 'int8']);
// bytea comes as `\\x…` hex text, read back into a Buffer.
const TIMESTAMPS = new Set<unknown>([
  'timestamptz',
  'timestamp with time zone',
  'timestamp',
  'timestamp without time zone',
]);

/**
 * An entity's columns as one JSON array, so that one statement can carry a record with its children
 * (`json_agg` of these): `read` gives the entity exactly as a row of its own would read, numerics and
 * bigints as strings, timestamps as dates, dates as `YYYY-MM-DD`, arrays and JSON as they are.
 */
export function jsonRowOf<T extends ObjectLiteral>(
  dataSource: DataSource,
  target: EntityTarget<T>,
  alias: string,
): JsonRow<T> {
  const metadata = dataSource.getMetadata(target);
  return perEntityAndAlias(jsonRows, metadata, alias, () => buildJsonRow(metadata, alias, dataSource)) as JsonRow<T>;
}

function buildJsonRow(metadata: EntityMetadata, alias: string, dataSource: DataSource): JsonRow<ObjectLiteral> {
  // As TypeORM selects an entity: not the columns marked `select: false` (an attachment's content).
  const columns = metadata.columns.filter((c) => !c.isVirtual && c.isSelect);
  if (typeof metadata.target !== 'function' || columns.some((c) => c.embeddedMetadata || typeof c.type !== 'string'))
    throw new Error(`${metadata.name} cannot be read from JSON`);
  // json_build_array takes at most 100 arguments.
  if (columns.length > 100) throw new Error(`${metadata.name} has too many columns for one JSON array`);
  const Target = metadata.target as new () => ObjectLiteral;
  const create = metadata.isAlwaysUsingConstructor
    ? () => new Target()
    : () => Object.create(Target.prototype) as ObjectLiteral;
  const driver = dataSource.driver;
  const fields = columns.map((column) => {
    const asText = AS_TEXT.has(column.type) && !column.isArray;
    const timestamp = TIMESTAMPS.has(column.type) && !column.isArray;
    // What node-postgres would have handed the reader: JSON arrays are already arrays, so they skip
    // the driver's parsing of array literals; everything else goes through it as a row would.
    const hydrate = (value: unknown) => driver.prepareHydratedValue(value, column);
    const convert = timestamp
      ? (value: unknown) => {
          const date = value === null ? null : new Date(value as string);
          return column.transformer ? hydrate(date) : date;
        }
      : column.type === 'bytea'
        ? (value: unknown) => (value === null ? null : hydrate(Buffer.from((value as string).slice(2), 'hex')))
        : column.isArray || (AS_READ.has(column.type) && !column.transformer)
          ? null
          : hydrate;
    return {
      property: column.propertyName,
      convert,
      sql: `"${alias}"."${column.databaseName}"${asText ? '::text' : ''}`,
    };
  });
  return {
    sql: `json_build_array(${fields.map((f) => f.sql).join(', ')})`,
    read(values) {
      const entity = create();
      for (let i = 0; i < fields.length; i++) {
        const value = values[i];
        const { property, convert } = fields[i];
        entity[property] = convert ? convert(value) : value;
      }
      return entity;
    },
  };
}

/** What `build` gives for an entity and an alias, built once and kept as long as the entity's metadata. */
function perEntityAndAlias<V>(
  cache: WeakMap<EntityMetadata, Map<string, V>>,
  metadata: EntityMetadata,
  alias: string,
  build: () => V,
): V {
  let byAlias = cache.get(metadata);
  if (!byAlias) {
    byAlias = new Map();
    cache.set(metadata, byAlias);
  }
  if (!byAlias.has(alias)) byAlias.set(alias, build());
  return byAlias.get(alias) as V;
}

/**
 * The rows of a plain SQL statement as entities, one per `[entity, alias]` part, each part's columns
 * selected by `selectListOf`: for the lookups every request makes (a token, a session and its user),
 * where building the statement with TypeORM's query builder cost more than running it.
 */
export async function rowsOfSql<P extends [EntityTarget<ObjectLiteral>, string][]>(
  dataSource: DataSource,
  sql: string,
  params: unknown[],
  ...parts: P
): Promise<{ [K in keyof P]: P[K] extends [EntityTarget<infer E>, string] ? E : never }[]> {
  const readers = parts.map(([target, alias]) => {
    const metadata = dataSource.getMetadata(target);
    const reader = cachedReader(metadata, alias, dataSource);
    if (!reader) throw new Error(`no row reader for ${metadata.name}`);
    return reader;
  });
  const raw: Record<string, unknown>[] = await dataSource.query(sql, params);
  return raw.map((row) => readers.map((read) => read(row))) as never;
}

/**
 * Inserts one row and returns it as the entity, as PostgreSQL stored it (defaults and BEFORE triggers
 * applied), in one statement: TypeORM's `save()` followed by a read costs two, and here they ran while
 * the payment held its allocation's lock.
 */
export async function insertReturning<T extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  values: QueryDeepPartialEntity<T>,
): Promise<T> {
  const metadata = manager.connection.getMetadata(target);
  const reader = cachedReader(metadata, '', manager.connection);
  if (!reader) throw new Error(`no row reader for ${metadata.name}`);
  const result = await manager
    .createQueryBuilder()
    .insert()
    .into(target)
    .values(values)
    .returning('*')
    .updateEntity(false)
    .execute();
  return reader(result.raw[0]) as T;
}

function readerOf<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>): Reader | null {
  const map = qb.expressionMap;
  const alias = map.mainAlias;
  if (!alias?.hasMetadata) return null;
  if (map.joinAttributes.length || map.relationIdAttributes.length) return null;
  // The whole entity, or some of its columns (`p.code`, …): absent columns stay unset.
  const whole = map.selects.length === 1 && map.selects[0].selection === alias.name;
  const prefix = `${alias.name}.`;
  const some =
    map.selects.length > 0 &&
    map.selects.every(
      (s) =>
        !s.aliasName &&
        s.selection.startsWith(prefix) &&
        alias.metadata.findColumnWithPropertyPath(s.selection.slice(prefix.length)),
    );
  if (!whole && !some) return null;
  return cachedReader(alias.metadata, alias.name, qb.connection);
}

/** The reader of an entity's rows whose columns carry the prefix `<alias>_` (none for ''). */
function cachedReader(metadata: EntityMetadata, alias: string, dataSource: DataSource): Reader | null {
  return perEntityAndAlias(readers, metadata, alias, () => buildReader(metadata, alias, dataSource));
}

function buildReader(metadata: EntityMetadata, alias: string, dataSource: DataSource): Reader | null {
  const driver = dataSource.driver;
  if (metadata.discriminatorColumn || metadata.childEntityMetadatas.length || metadata.lazyRelations.length)
    return null;
  if (dataSource.options.typename) return null;
  const columns = metadata.columns.filter((c) => !c.isVirtual);
  if (columns.some((c) => c.embeddedMetadata)) return null;
  const fields = columns.map((column) => ({
    key: alias ? `${alias}_${column.databaseName}` : column.databaseName,
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
