import { defineConfig } from 'vitest/config';

// Three projects, by what a test needs:
// - unit: pure logic and the content's completeness, no build and no browser (fast; `npm run test:unit`);
// - integration: tests that build a copy of the site or run the command-line tools (`npm run test:integration`);
// - browser: the built site in Chromium (`npm run test:browser`).
// Every project removes the temporary folders its tests made (tests/helpers/temp.ts).
const removeTempFolders = 'tests/helpers/remove-temp-folders.ts';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          isolate: false,
          include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'],
          setupFiles: [removeTempFolders],
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          setupFiles: [removeTempFolders],
          testTimeout: 240_000,
          hookTimeout: 300_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/browser/global-setup.ts'],
          setupFiles: [removeTempFolders],
          fileParallelism: false,
          testTimeout: 300_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
