import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/smoke/**', 'node_modules/**'],
    setupFiles: ['test/_helpers/propertySeed.ts'],
    // Property tests run hundreds of cases: on a busy 2-core machine the 5 s default
    // fails them for being slow, not wrong. Speed is measured in `npm run bench`.
    testTimeout: 60_000,
  },
});
