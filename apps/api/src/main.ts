import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import { createApp } from './app';
import { PiiCipher } from './common/pii';
import { ConfigError, loadConfig } from './config';
import { openDatabase } from './database/data-source';
import { seedDemoDataIfEmpty } from './database/seed';
import { createLogger } from './logger';

async function main() {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`Configuration error: ${error.message}`);
      process.exit(2);
    }
    throw error;
  }
  const log = createLogger(config.logLevel);
  const startedAt = Date.now();
  let db = await openDatabase(config, log);
  if (config.autoMigrate) {
    const applied = await db.dataSource.runMigrations({ transaction: 'each' });
    if (applied.length) log.info({ migrations: applied.map((m) => m.name) }, 'migrations applied');
  }
  if (config.autoSeed) {
    const seeded = await seedDemoDataIfEmpty(db.dataSource, new PiiCipher(config.piiKey));
    if (seeded) log.info(seeded, 'demo data seeded');
  }
  if (await db.dataSource.showMigrations()) {
    log.fatal('the database has pending migrations: run `pnpm db:migrate` (or set AUTO_MIGRATE=true)');
    await db.close();
    process.exit(3);
  }
  // Owner work is done: from here on the API's sessions use the restricted role.
  if (config.dbAppRole) db = await db.restrictTo(config.dbAppRole, log);
  const app = await createApp(config, db, log);
  await new Promise<void>((resolve) => app.server.listen(config.port, config.host, resolve));
  const { port } = app.server.address() as AddressInfo;
  const base = `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${port}`;
  log.info({ port, ms: Date.now() - startedAt, database: db.embedded ? 'embedded' : 'server' }, 'ready');
  if (config.env !== 'test') {
    console.log(`\n  汉滨区乡村振兴局 · 管理后台  ${base}/`);
    console.log(`  GraphQL                    ${base}/graphql`);
    const [{ demo }] = await db.dataSource.query(
      `SELECT EXISTS (SELECT 1 FROM seed_run WHERE name = 'demo-2021') AS demo`,
    );
    if (demo)
      console.log(
        '  登录 sign in               admin / Hanbin@2021 (demo accounts: see README; change it at first sign-in)',
      );
    console.log(
      `  数据库 database            ${db.embedded ? `embedded PostgreSQL in ${db.embedded.dataDir}` : 'DATABASE_URL'}`,
    );
  }

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'draining');
    const timer = setTimeout(
      () => {
        log.error('drain timed out; exiting');
        process.exit(1);
      },
      config.shutdownDelayMs + config.shutdownGraceMs + 5000,
    );
    try {
      await app.stop();
      log.info('stopped');
      clearTimeout(timer);
      process.exit(0);
    } catch (error) {
      log.error({ err: error }, 'error while stopping');
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
