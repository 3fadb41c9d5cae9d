import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{agent,knowledge,api,core,evals,web}/**/*.test.ts'],
    // PGlite boots a WASM Postgres per test file: give slow 2-core machines room.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // The browser tests serve the built pages: build them once, up front.
    globalSetup: ['api/testing/global-setup.ts'],
  },
});
