import type { CodegenConfig } from '@graphql-codegen/cli';

/** Schema types shared by every client (the admin's operation types come from its own codegen). */
const config: CodegenConfig = {
  schema: 'schema.graphql',
  generates: {
    'src/generated/types.ts': {
      plugins: [
        { add: { content: '/* Generated from schema.graphql by GraphQL Code Generator: do not edit. */' } },
        'typescript',
      ],
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { Money: 'string', Date: 'string', DateTimeISO: 'string', JSONObject: 'Record<string, unknown>' },
        strictScalars: true,
      },
    },
  },
};

export default config;
