/**
 * Fails when the entities declare something the migrations do not create (or the reverse):
 * applies every migration to an empty database and asks TypeORM what it would still change.
 * Uses DATABASE_URL (a scratch database) if set, else an in-memory embedded engine.
 */
import 'reflect-metadata';
import { loadConfig } from '../config';
import { openDatabase } from '../database/data-source';
import { createLogger } from '../logger';

async function main() {
  const base = loadConfig();
  const config = base.databaseUrl ? base : { ...base, embeddedDataDir: 'memory://' };
  const db = await openDatabase(config, createLogger('warn'));
  try {
    await db.dataSource.runMigrations();
    const sql = await db.dataSource.driver.createSchemaBuilder().log();
    if (sql.upQueries.length > 0) {
      console.error('Entities and migrations disagree. A migration would still need:');
      for (const q of sql.upQueries) console.error(`  ${q.query}`);
      console.error('Run `pnpm --filter @hanbin/api db:generate-migration <Name>` and commit the result.');
      process.exitCode = 1;
    } else {
      console.log(`Entities and migrations agree (${db.dataSource.migrations.length} migrations).`);
    }
  } finally {
    await db.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
