import { type GraphQLSchema, getNamedType, isObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSchema } from '../../schema';
import { startTestApi, type TestApi } from '../../test/harness';
import { MAX_PAGE_SIZE } from '../pagination';

/** Root query fields that take `first`, with what to select from their result. */
function pagedRootFields(schema: GraphQLSchema): string[] {
  return Object.values(schema.getQueryType()!.getFields())
    .filter((f) => f.args.some((a) => a.name === 'first'))
    .map((f) => f.name);
}

describe('the running API (app.ts as it is)', () => {
  let api: TestApi;
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await createSchema();
    api = await startTestApi({ seed: false });
  });
  afterAll(() => api?.close());

  it('every `first` in the schema defaults to at most 100, and only connections take one', () => {
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields())) {
        const first = field.args.find((a) => a.name === 'first');
        if (!first) continue;
        expect(first.defaultValue, `${type.name}.${field.name}`).toBeLessThanOrEqual(MAX_PAGE_SIZE);
        const returned = getNamedType(field.type);
        expect(isObjectType(returned) && 'pageInfo' in returned.getFields(), `${type.name}.${field.name}`).toBe(true);
      }
    }
  });

  it('every paged root field serves first: 100 and refuses first: 101', async () => {
    const fields = pagedRootFields(schema);
    expect(fields.length).toBeGreaterThanOrEqual(5);
    for (const field of fields) {
      const ok = await api.gql(`{ ${field}(first: ${MAX_PAGE_SIZE}) { totalCount } }`);
      expect(ok.errors, field).toBeUndefined();
      const refused = await api.gql(`{ ${field}(first: ${MAX_PAGE_SIZE + 1}) { totalCount } }`);
      expect(refused.errors?.[0]?.extensions?.code, field).toBe('BAD_USER_INPUT');
      expect(refused.data, field).toBeNull();
    }
  });

  it.skipIf(!process.env.TEST_DATABASE_URL)('statement_timeout is set on every pooled connection', async () => {
    const [{ statement_timeout }] = await api.db.dataSource.query('SHOW statement_timeout');
    expect(statement_timeout).toBe('15s');
  });
});

// PGlite runs in this process, on one thread, and ignores statement_timeout (it reports 0): a long
// statement there stalls everything anyway. Production runs on a server, where this holds.
describe.skipIf(!process.env.TEST_DATABASE_URL)('a statement past DB_STATEMENT_TIMEOUT_MS', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ seed: false, env: { DB_STATEMENT_TIMEOUT_MS: '200' } });
  });
  afterAll(() => api?.close());

  it('is cancelled by the server, and the pool stays usable', async () => {
    await expect(api.db.dataSource.query('SELECT pg_sleep(2)')).rejects.toThrow(/statement timeout/);
    expect(await api.db.dataSource.query('SELECT 1 AS one')).toEqual([{ one: 1 }]);
  });
});
