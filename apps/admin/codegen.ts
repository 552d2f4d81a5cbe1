import type { CodegenConfig } from '@graphql-codegen/cli';

// Types for the operations in src/**/*.graphql.ts, from the schema the API emits.
// Run `pnpm --filter @hanbin/admin codegen`; the output in src/gql/ is committed, never edited.
const config: CodegenConfig = {
  schema: '../../packages/schema/schema.graphql',
  documents: ['src/**/*.graphql.ts'],
  ignoreNoDocuments: true,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        strictScalars: true,
        scalars: { Money: 'string', Date: 'string', DateTimeISO: 'string' },
        defaultScalarType: 'unknown',
      },
    },
  },
};

export default config;
