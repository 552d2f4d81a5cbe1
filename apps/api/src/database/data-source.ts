import pg from 'pg';
import { DataSource } from 'typeorm';
import type { Config } from '../config';
import type { Logger } from '../logger';
import { type EmbeddedPostgres, startEmbeddedPostgres } from './embedded';
import { entities } from './entities';
import { migrations } from './migrations';
import { SqlLogger } from './sql-logger';

// `date` stays a "YYYY-MM-DD" string: a JS Date would shift it by the server's time zone.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);

/**
 * PGlite is one PostgreSQL session. pglite-socket queues protocol messages, not whole extended-query
 * exchanges, so two pooled connections can interleave Parse/Bind/Execute and one request may run
 * another's statement. One connection serialises them; the engine runs one statement at a time anyway.
 */
const EMBEDDED_POOL_MAX = 1;

export interface Database {
  dataSource: DataSource;
  embedded: EmbeddedPostgres | undefined;
  /** The database role the application's sessions run as (null: the connecting user). */
  role: string | null;
  /**
   * Reconnects as a restricted role (SET at connection start) that may write the tables but not the
   * audit trail's history, nor alter any table. Owner work (migrations, seeding) comes first. The
   * embedded engine is one single-user session and keeps its owner.
   */
  restrictTo(role: string, log: Logger): Promise<Database>;
  close(): Promise<void>;
}

type DbConfig = Pick<
  Config,
  'databaseUrl' | 'embeddedDataDir' | 'dbPoolMax' | 'dbAcquireTimeoutMs' | 'dbStatementTimeoutMs'
>;

type Connection = { url: string } | { host: string; port: number; username: string; database: string };

function createDataSource(
  connection: Connection,
  config: DbConfig,
  log: Logger,
  embedded: boolean,
  role: string | null,
) {
  return new DataSource({
    type: 'postgres',
    ...connection,
    entities,
    migrations,
    migrationsTransactionMode: 'each',
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+; no extension to install (or to be allowed to).
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    logger: new SqlLogger(log),
    maxQueryExecutionTime: 1000,
    applicationName: 'hanbin-api',
    extra: {
      max: embedded ? EMBEDDED_POOL_MAX : config.dbPoolMax,
      // Fail fast with a retryable error when the pool is exhausted instead of queueing forever.
      connectionTimeoutMillis: config.dbAcquireTimeoutMs,
      statement_timeout: config.dbStatementTimeoutMs,
      idle_in_transaction_session_timeout: config.dbStatementTimeoutMs * 2,
      ...(role ? { options: `-c role=${role}` } : {}),
    },
  });
}

function database(
  dataSource: DataSource,
  connection: Connection,
  config: DbConfig,
  embedded: EmbeddedPostgres | undefined,
  role: string | null,
): Database {
  const db: Database = {
    dataSource,
    embedded,
    role,
    async restrictTo(wanted, log) {
      if (embedded || !/^[a-z_][a-z0-9_]*$/.test(wanted)) return db;
      const [{ allowed }] = await dataSource.query(
        // The role exists, we may act as it, and this database's migrations granted it the tables.
        `SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = $1)
                AND pg_has_role(current_user, $1, 'MEMBER')
                AND to_regclass('public.audit_log') IS NOT NULL
                AND has_table_privilege($1, 'public.audit_log', 'INSERT') AS allowed`,
        [wanted],
      );
      if (!allowed) {
        log.warn({ role: wanted }, 'database role not available: running as the connecting user');
        return db;
      }
      await dataSource.destroy();
      const restricted = createDataSource(connection, config, log, false, wanted);
      await restricted.initialize();
      log.info({ role: wanted }, 'database sessions run as the application role');
      return database(restricted, connection, config, embedded, wanted);
    },
    async close() {
      if (dataSource.isInitialized) await dataSource.destroy();
      await embedded?.stop();
    },
  };
  return db;
}

/**
 * Opens the database: the server at DATABASE_URL, or else the embedded engine. Both are reached
 * through the same `pg` driver and pool, so the SQL and its behaviour are the same.
 */
export async function openDatabase(config: DbConfig, log: Logger): Promise<Database> {
  let embedded: EmbeddedPostgres | undefined;
  let connection: Connection;
  if (config.databaseUrl) {
    connection = { url: config.databaseUrl };
  } else {
    embedded = await startEmbeddedPostgres(config.embeddedDataDir, EMBEDDED_POOL_MAX + 2);
    log.info({ dataDir: embedded.dataDir, port: embedded.port }, 'embedded PostgreSQL started');
    connection = { host: embedded.host, port: embedded.port, username: 'postgres', database: 'postgres' };
  }
  const dataSource = createDataSource(connection, config, log, Boolean(embedded), null);
  try {
    await dataSource.initialize();
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
  return database(dataSource, connection, config, embedded, null);
}
