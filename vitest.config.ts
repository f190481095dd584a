import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Tests import packages by name; point those names at the TypeScript sources so the
// suite runs without a build. (CLI / language-server end-to-end tests spawn the built bins.)
const src = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  resolve: {
    // Exact name only: subpaths such as @smslint/core/load-bundle resolve through the package's exports.
    alias: [{ find: /^@smslint\/core$/, replacement: src('./packages/core/src/index.ts') }],
  },
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
