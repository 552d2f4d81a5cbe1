/** Loads the 2021 demo data into an empty, migrated database: `pnpm db:seed`. */
import 'reflect-metadata';
import { PiiCipher } from '../common/pii';
import { loadConfig } from '../config';
import { openDatabase } from '../database/data-source';
import { seedDemoDataIfEmpty } from '../database/seed';
import { createLogger } from '../logger';

async function main() {
  const config = loadConfig();
  const db = await openDatabase(config, createLogger(config.logLevel));
  try {
    const pending = await db.dataSource.showMigrations();
    if (pending) throw new Error('The database has pending migrations: run `pnpm db:migrate` first.');
    const report = await seedDemoDataIfEmpty(db.dataSource, new PiiCipher(config.piiKey));
    console.log(
      report ? `Seeded demo data: ${JSON.stringify(report)}` : 'The database already holds data; nothing seeded.',
    );
  } finally {
    await db.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
