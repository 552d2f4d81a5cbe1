import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

// `pnpm test:reliability`: faults injected on purpose against API processes and a PostgreSQL server
// of the suite's own (127.0.0.1 only). Files run one after another: some of them restart the server.
export default defineConfig({
  resolve: {
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    include: ['src/reliability/**/*.test.ts'],
    globalSetup: ['src/reliability/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 240_000,
    setupFiles: ['reflect-metadata'],
  },
});
