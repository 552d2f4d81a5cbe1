import { defineConfig } from 'vitest/config';

// The browser test: starts the built API (which serves dist/) and drives Debian's chromium.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['e2e/**/*.test.ts'],
    testTimeout: 240_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
