import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // graphql 16 ships CJS (main) and ESM (module); Node gives type-graphql and Apollo the CJS one,
    // so our code must get the same instance or `instanceof GraphQLScalarType` fails.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    include: ['src/**/*.test.ts'],
    // The fault-injection suite has a command of its own (test:reliability).
    exclude: ['src/reliability/**', 'node_modules/**'],
    // Each file starts its own database; one at a time keeps two cores from thrashing.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    setupFiles: ['reflect-metadata'],
  },
});
