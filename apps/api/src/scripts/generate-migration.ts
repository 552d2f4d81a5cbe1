/**
 * Writes a migration for whatever the entities declare and the migrations do not yet create:
 *   pnpm --filter @hanbin/api db:generate-migration <Name>
 * Runs against a throwaway embedded database, so it needs no server.
 */
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../config';
import { openDatabase } from '../database/data-source';
import { createLogger } from '../logger';

async function main() {
  const name = process.argv[2];
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) throw new Error('usage: db:generate-migration <PascalCaseName>');
  const config = { ...loadConfig(), databaseUrl: undefined, embeddedDataDir: 'memory://' };
  const db = await openDatabase(config, createLogger('warn'));
  try {
    await db.dataSource.runMigrations();
    const sql = await db.dataSource.driver.createSchemaBuilder().log();
    if (sql.upQueries.length === 0) {
      console.log('Entities and migrations agree: nothing to generate.');
      return;
    }
    const timestamp = Date.now();
    const className = `${name}${timestamp}`;
    const q = (s: string) => `\`${s.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${')}\``;
    // An enum shared by two tables comes out once per table; create and drop it once.
    const unique = (queries: { query: string }[]) =>
      [...new Set(queries.map((x) => x.query))].map((query) => ({ query }));
    const up = unique(sql.upQueries)
      .map((x) => `    await queryRunner.query(${q(x.query)});`)
      .join('\n');
    // ...and drop it after the last table that uses it.
    const down = unique(sql.downQueries)
      .reverse()
      .map((x) => `    await queryRunner.query(${q(x.query)});`)
      .join('\n');
    const file = path.join(__dirname, '../database/migrations', `${timestamp}-${name}.ts`);
    fs.writeFileSync(
      file,
      `import type { MigrationInterface, QueryRunner } from 'typeorm';\n\nexport class ${className} implements MigrationInterface {\n  name = '${className}';\n\n  async up(queryRunner: QueryRunner): Promise<void> {\n${up}\n  }\n\n  async down(queryRunner: QueryRunner): Promise<void> {\n${down}\n  }\n}\n`,
    );
    console.log(`Wrote ${path.relative(process.cwd(), file)}; add it to database/migrations/index.ts.`);
  } finally {
    await db.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
