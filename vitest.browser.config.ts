import { defineConfig } from 'vitest/config';

/** Browser tests: playwright-core drives Debian's Chromium against the built site in build/. */
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false
  }
});
