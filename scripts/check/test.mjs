/**
 * npm test: every check, in the order that fails fastest.
 *   1. content  (contentlayer2 build + content rules; also generates the types the next steps read)
 *   2. types    (tsc), lint (eslint) and format (prettier --check)
 *   3. unit and component tests (vitest), then the build tests: malformed content stops a real build (vitest.build.config.ts)
 *   4. the production build into out/, then its size budget and its links
 *   5. browser tests over every built page (Playwright + axe), against nginx and npm start
 *   6. Lighthouse over five pages, mobile and desktop, gated
 *   7. a 10-second load test against nginx (no errors allowed)
 * It ends with one "N passed, N failed" line counted from both test runners' reports.
 */
import fs from 'node:fs'
import { run } from '../lib/run.mjs'

/** @type {[name: string, command: string, args: string[]][]} */
const steps = [
  ['content', 'npm', ['run', '--silent', 'content']],
  ['typecheck', 'tsc', ['--noEmit']],
  ['lint', 'eslint', ['--max-warnings', '0', '.']],
  ['format', 'prettier', ['--check', '.']],
  ['unit tests', 'vitest', ['run']],
  ['build tests', 'vitest', ['run', '--config', 'vitest.build.config.ts']],
  ['build', 'node', ['scripts/build/build.mjs']],
  ['size budget', 'node', ['scripts/check/size-budget.mjs']],
  ['links', 'node', ['scripts/check/check-links.mjs']],
  ['chromium', 'node', ['scripts/check/ensure-chromium.mjs']],
  ['browser tests', 'playwright', ['test']],
  ['lighthouse', 'node', ['scripts/check/lighthouse-audit.mjs']],
  ['load test', 'node', ['scripts/check/load-test.mjs']],
]

fs.rmSync('test-results', { recursive: true, force: true })

function counts() {
  let passed = 0
  let failed = 0
  /** @param {string} file */
  const read = (file) => (fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : null)
  for (const vitest of [read('test-results/vitest.json'), read('test-results/vitest-build.json')]) {
    if (!vitest) continue
    passed += vitest.numPassedTests
    failed += vitest.numFailedTests
  }
  const e2e = read('test-results/e2e.json')
  if (e2e) {
    passed += e2e.stats.expected + e2e.stats.flaky
    failed += e2e.stats.unexpected
  }
  return { passed, failed }
}

const started = Date.now()
for (const [name, command, args] of steps) {
  const stepStart = Date.now()
  console.log(`\n▶ ${name}`)
  const status = run(command, args)
  console.log(`${status === 0 ? '✓' : '✖'} ${name} (${((Date.now() - stepStart) / 1000).toFixed(1)} s)`)
  if (status !== 0) {
    const { passed, failed } = counts()
    console.error(`\n✖ npm test stopped at "${name}".`)
    console.log(`${passed} passed, ${Math.max(failed, 1)} failed`)
    process.exit(1)
  }
}
const { passed, failed } = counts()
console.log(`\nAll checks passed in ${((Date.now() - started) / 1000).toFixed(0)} s.`)
console.log(`${passed} passed, ${failed} failed`)
process.exit(failed === 0 ? 0 : 1)
