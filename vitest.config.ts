import path from 'node:path'
import { defineConfig } from 'vitest/config'
import { EnvironmentSequencer } from './tests/support/environment-sequencer'
import { islandTestGlobs } from './tests/support/island-files'

const root = import.meta.dirname
const islandTests = [...islandTestGlobs('test'), 'islands/**/*.preact.test.{ts,tsx}']

export default defineConfig({
  resolve: {
    alias: {
      '@': root,
      'contentlayer/generated': path.resolve(root, '.contentlayer/generated'),
    },
  },
  test: {
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
    testTimeout: 20_000,
    // One module cache and one environment per worker instead of a fresh one per file: 80 s became under 45 s (most
    // of it was building jsdom and re-importing React for each of 61 files). tests/setup*.ts reset what files could
    // share after every test (storage, stubbed globals, spies, timers); shuffled runs (--sequence.shuffle) pass too.
    isolate: false,
    // Files that share an environment run together (tests/support/environment-sequencer.ts).
    sequence: { sequencer: EnvironmentSequencer },
    // Builds .islands/server.cjs, which islands/Island.tsx renders with.
    globalSetup: ['tests/support/build-islands.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'react',
          include: [
            'components/**/*.test.{ts,tsx}',
            'lib/**/*.test.ts',
            'tools/**/*.test.{ts,tsx}',
            'islands/**/*.test.{ts,tsx}',
            'scripts/**/*.test.ts',
            'tests/unit/**/*.test.{ts,tsx}',
          ],
          exclude: islandTests,
          environment: 'node',
          setupFiles: ['tests/setup.ts'],
        },
      },
      {
        // The islands run on Preact in production (server and browser), so their tests do too.
        extends: true,
        resolve: {
          alias: [
            { find: /^react$/, replacement: 'preact/compat' },
            { find: /^react-dom$/, replacement: 'preact/compat' },
            { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
            { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/jsx-dev-runtime' },
          ],
        },
        test: {
          name: 'preact',
          include: islandTests,
          environment: 'jsdom',
          setupFiles: ['tests/setup-preact.ts'],
        },
      },
    ],
  },
})
