import path from 'node:path'
import { defineConfig } from 'vitest/config'

/**
 * `npm run test:build`: the tests that run the real build script in copies of
 * the project (tests/build/). They take about a minute, so `npm run test:unit`
 * (vitest.config.ts) leaves them out and `npm test` runs them as a step of
 * their own. They need no DOM and no generated content, only the `@` alias.
 */
export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
    include: ['tests/build/**/*.test.ts'],
    environment: 'node',
    reporters: ['default', ['json', { outputFile: 'test-results/vitest-build.json' }]],
    testTimeout: 180_000,
  },
})
