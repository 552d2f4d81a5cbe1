import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './harness';

const readme = fs.readFileSync(path.resolve(__dirname, '../../../../README.md'), 'utf8');
const examples = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]);

describe('the README examples run as documented', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api?.close());

  it('has examples', () => {
    expect(examples.length).toBeGreaterThanOrEqual(2);
  });

  it.each(examples.map((query) => [query.split('\n')[0], query]))('%s', async (_name, query) => {
    const result = await api.gql(query as string);
    expect(result.errors).toBeUndefined();
    const [root] = Object.values(result.data ?? {});
    // Each example answers with data, not an empty shell.
    expect(JSON.stringify(root)).toMatch(/\d{4,}\.\d{2}/);
  });
});
