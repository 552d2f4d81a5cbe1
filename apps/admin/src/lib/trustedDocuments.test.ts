import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ApolloClient, ApolloLink, HttpLink } from '@apollo/client';
import { Kind } from 'graphql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAppLink, createCache } from '../apollo';
import { MeQuery } from '../auth/auth.graphql';
import * as generated from '../gql/graphql';
import manifest from '../gql/persisted-documents.json';
import { ProjectDetailQuery } from '../pages/projects/projects.graphql';
import { createPersistedDocumentLink, documentHash } from './persistedDocumentLink';

const registered = manifest as Record<string, string>;
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** A client over `link` whose fetch records the bodies it would send. */
function recordingClient(link: (fetch: typeof globalThis.fetch) => ApolloLink) {
  const bodies: Record<string, unknown>[] = [];
  const fetch = vi.fn(async (_url: RequestInfo | URL, init?: RequestInit) => {
    bodies.push(JSON.parse(String(init?.body)));
    return new Response(JSON.stringify({ data: { me: null } }), {
      headers: { 'content-type': 'application/json' },
    });
  }) as unknown as typeof globalThis.fetch;
  const client = new ApolloClient({ link: link(fetch), cache: createCache() });
  return { client, bodies, fetch };
}

afterEach(() => vi.unstubAllGlobals());

describe('trusted documents', () => {
  it('registers every operation the admin defines, under the sha256 of its text', () => {
    const operations = Object.entries(generated).filter(
      ([, doc]) =>
        typeof doc === 'object' &&
        doc !== null &&
        'definitions' in doc &&
        (doc as unknown as { definitions: readonly { kind: string }[] }).definitions.some(
          (d) => d.kind === Kind.OPERATION_DEFINITION,
        ),
    );
    expect(operations.length).toBeGreaterThan(20);
    for (const [name, doc] of operations) {
      const hash = documentHash(doc as never);
      expect(hash, name).toMatch(/^[0-9a-f]{64}$/);
      expect(registered[hash as string], name).toBeDefined();
      expect(sha256(registered[hash as string]), name).toBe(hash);
    }
    expect(Object.keys(registered)).toHaveLength(operations.length);
  });

  it('writes operations only as generated documents in *.graphql.ts files', () => {
    const src = join(__dirname, '..');
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) {
          if (name !== 'gql') walk(path);
        } else if (/\.tsx?$/.test(name) && !/\.graphql\.ts$/.test(name) && !/\.test\.tsx?$/.test(name)) {
          files.push(path);
        }
      }
    };
    walk(src);
    const adHoc = files.filter((f) =>
      /\bgraphql\(\s*`|\bgql\s*\(?\s*`|graphql-tag|\bparse\(\s*`/.test(readFileSync(f, 'utf8')),
    );
    expect(adHoc.map((f) => relative(src, f))).toEqual([]);
  });

  it('in production sends the hash without the query text', async () => {
    const { client, bodies } = recordingClient((fetch) =>
      ApolloLink.from([createPersistedDocumentLink({ includeQuery: false }), new HttpLink({ uri: '/graphql', fetch })]),
    );
    await client.query({ query: MeQuery });
    expect(bodies).toHaveLength(1);
    expect(bodies[0].query).toBeUndefined();
    expect(bodies[0].operationName).toBe('Me');
    expect(bodies[0].extensions).toMatchObject({ persistedQuery: { version: 1, sha256Hash: documentHash(MeQuery) } });
  });

  it('in development sends the registered text itself, whose sha256 is the hash', async () => {
    const bodies: Record<string, unknown>[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (_url: RequestInfo | URL, init?: RequestInit) => {
        bodies.push(JSON.parse(String(init?.body)));
        return new Response(JSON.stringify({ data: { project: null } }), {
          headers: { 'content-type': 'application/json' },
        });
      }),
    );
    const client = new ApolloClient({ link: createAppLink(), cache: createCache() });
    await client.query({ query: ProjectDetailQuery, variables: { id: 'p-1' } });
    const hash = documentHash(ProjectDetailQuery) as string;
    expect(bodies[0].extensions).toMatchObject({ persistedQuery: { version: 1, sha256Hash: hash } });
    expect(bodies[0].query).toBe(registered[hash]);
    expect(sha256(bodies[0].query as string)).toBe(hash);
  });

  it('lets a hand-written document through without a hash (the API refuses it in production)', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { client, bodies } = recordingClient((fetch) =>
      ApolloLink.from([createPersistedDocumentLink({ includeQuery: false }), new HttpLink({ uri: '/graphql', fetch })]),
    );
    const { __meta__: _, ...handWritten } = MeQuery as unknown as Record<string, unknown>;
    await client.query({ query: handWritten as never });
    expect(bodies[0].extensions).not.toHaveProperty('persistedQuery');
    expect(bodies[0].query).toContain('query Me');
    expect(errors).toHaveBeenCalledWith(expect.stringContaining('not a generated document'));
    errors.mockRestore();
  });
});
