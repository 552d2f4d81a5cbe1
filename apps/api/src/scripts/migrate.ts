/** Applies pending migrations to DATABASE_URL (or the embedded database): `pnpm db:migrate`. */
import 'reflect-metadata';
import { loadConfig } from '../config';
import { openDatabase } from '../database/data-source';
import { createLogger } from '../logger';

async function main() {
  const config = loadConfig();
  const log = createLogger(config.logLevel);
  const db = await openDatabase(config, log);
  try {
    const applied = await db.dataSource.runMigrations({ transaction: 'each' });
    console.log(applied.length ? `Applied: ${applied.map((m) => m.name).join(', ')}` : 'Database is up to date.');
  } finally {
    await db.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
