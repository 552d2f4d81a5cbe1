import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The API listens on 4000 in development; the built admin is served by the API itself.
const apiTarget = process.env.API_PROXY_TARGET ?? 'http://127.0.0.1:4000';
const proxy = {
  '/graphql': apiTarget,
  // Case materials (upload and download) travel outside GraphQL.
  '/api': apiTarget,
  '/healthz': apiTarget,
  '/readyz': apiTarget,
};

export default defineConfig({
  plugins: [react()],
  server: { proxy },
  // The explorer's Monaco workers are `?worker` imports inside graphiql's setup module, which the
  // dev server's dependency pre-bundling cannot read: that module is served as it is and Vite's own
  // worker plugin serves the workers (the production build bundles them either way). The GraphQL
  // worker's CommonJS dependencies are pre-bundled for it.
  optimizeDeps: {
    exclude: ['graphiql/setup-workers/vite'],
    include: [
      'graphiql > @graphiql/react > monaco-graphql > picomatch-browser',
      'graphiql > @graphiql/react > graphql-language-service > nullthrows',
    ],
  },
  preview: { proxy },
  build: {
    // antd and pro-components make large lazy chunks; the initial chunk is what we watch.
    chunkSizeWarningLimit: 1200,
  },
});
