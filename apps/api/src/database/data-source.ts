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
  close(): Promise<void>;
}

type DbConfig = Pick<
  Config,
  'databaseUrl' | 'embeddedDataDir' | 'dbPoolMax' | 'dbAcquireTimeoutMs' | 'dbStatementTimeoutMs'
>;

/**
 * Opens the database: the server at DATABASE_URL, or else the embedded engine. Both are reached
 * through the same `pg` driver and pool, so the SQL and its behaviour are the same.
 */
export async function openDatabase(config: DbConfig, log: Logger): Promise<Database> {
  let embedded: EmbeddedPostgres | undefined;
  let connection: { url: string } | { host: string; port: number; username: string; database: string };
  if (config.databaseUrl) {
    connection = { url: config.databaseUrl };
  } else {
    embedded = await startEmbeddedPostgres(config.embeddedDataDir, EMBEDDED_POOL_MAX + 2);
    log.info({ dataDir: embedded.dataDir, port: embedded.port }, 'embedded PostgreSQL started');
    connection = { host: embedded.host, port: embedded.port, username: 'postgres', database: 'postgres' };
  }
  const dataSource = new DataSource({
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
    },
  });
  try {
    await dataSource.initialize();
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
  return {
    dataSource,
    embedded,
    async close() {
      if (dataSource.isInitialized) await dataSource.destroy();
      await embedded?.stop();
    },
  };
}
