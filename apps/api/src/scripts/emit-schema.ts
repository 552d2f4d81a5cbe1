/** Writes the sorted SDL to packages/schema/schema.graphql (or checks it with --check). */
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { createSchema, printSortedSchema } from '../schema';

async function main() {
  const target = path.resolve(__dirname, '../../../../packages/schema/schema.graphql');
  const sdl = printSortedSchema(await createSchema());
  if (process.argv.includes('--check')) {
    const current = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : '';
    if (current !== sdl) {
      console.error('packages/schema/schema.graphql is out of date: run `pnpm codegen` and commit the result.');
      process.exit(1);
    }
    console.log('schema.graphql is up to date.');
    return;
  }
  fs.writeFileSync(target, sdl);
  console.log(`Wrote ${path.relative(process.cwd(), target)}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
