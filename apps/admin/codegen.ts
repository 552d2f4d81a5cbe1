import { createHash } from 'node:crypto';
import type { CodegenConfig } from '@graphql-codegen/cli';
import { Kind, type SelectionSetNode, visit } from 'graphql';

// Types for the operations in src/**/*.graphql.ts, from the schema the API emits.
// Run `pnpm --filter @hanbin/admin codegen`; the output in src/gql/ is committed, never edited.
//
// Trusted documents: every operation is also written to src/gql/persisted-documents.json as
// hash → document. The API executes only those hashes for the admin in production, so what
// the manifest holds must be exactly what Apollo Client would have sent:
// - `__typename` on every selection set but an operation's root, as Apollo's cache adds it
//   (its transform then finds nothing to add, and responses carry the types the cache keys on);
// - the hash is the plain hex SHA-256 of the manifest's text, the `sha256Hash` that
//   `extensions.persistedQuery` carries (no `sha256:` prefix, so key and extension are equal).

type Output = CodegenConfig['generates'][string];
type DocumentTransform = Extract<
  NonNullable<Extract<Output, { documentTransforms?: unknown }>['documentTransforms']>[number],
  { transform: unknown }
>;

/** Adds `__typename` where Apollo Client's InMemoryCache would. */
const apolloTypenames: DocumentTransform = {
  transform: ({ documents }) =>
    documents.map((source) => ({
      ...source,
      document: source.document
        ? visit(source.document, {
            SelectionSet(node: SelectionSetNode, _key, parent) {
              const isOperationRoot =
                !Array.isArray(parent) && (parent as { kind?: string })?.kind === Kind.OPERATION_DEFINITION;
              if (isOperationRoot) return undefined;
              const has = node.selections.some((s) => s.kind === Kind.FIELD && s.name.value === '__typename');
              if (has) return undefined;
              return {
                ...node,
                selections: [{ kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } }, ...node.selections],
              };
            },
          })
        : undefined,
    })),
};

const config: CodegenConfig = {
  schema: '../../packages/schema/schema.graphql',
  documents: ['src/**/*.graphql.ts'],
  ignoreNoDocuments: true,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: {
        fragmentMasking: false,
        persistedDocuments: {
          mode: 'embedHashInDocument',
          hashPropertyName: 'hash',
          hashAlgorithm: (document: string) => createHash('sha256').update(document).digest('hex'),
        },
      },
      documentTransforms: [apolloTypenames],
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        strictScalars: true,
        scalars: { Money: 'string', Date: 'string', DateTimeISO: 'string', JSONObject: 'Record<string, unknown>' },
        defaultScalarType: 'unknown',
      },
    },
  },
};

export default config;
