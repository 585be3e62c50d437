import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    // A process zone unlike any spreadsheet zone the tests use, so zone mistakes show.
    env: { TZ: 'America/Los_Angeles' },
    testTimeout: 20_000,
  },
});
