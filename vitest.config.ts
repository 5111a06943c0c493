import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        // Real `astro build` runs of fixture trees and checks of the built sample site: slow, so run one file at a time.
        test: { name: 'build', include: ['tests/build/**/*.test.ts'], testTimeout: 300_000, hookTimeout: 300_000, fileParallelism: false },
      },
    ],
  },
});
