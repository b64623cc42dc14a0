import { defineConfig, type PlaywrightTestConfig } from '@playwright/test'
import { CHROMIUM_ARGS, systemChromium } from './scripts/lib/chromium.mjs'
import { findNginx } from './scripts/serve/nginx.mjs'

const NPM_START_PORT = Number(process.env.E2E_PORT ?? 3100)
const NGINX_PORT = Number(process.env.E2E_NGINX_PORT ?? 3200)
const hasNginx = Boolean(findNginx())

// CI must test the production server; elsewhere a machine without nginx runs every test against npm start.
if (!hasNginx && process.env.CI) throw new Error('nginx is required for the browser tests in CI (.ci/run installs nginx-light).')
if (!hasNginx) console.warn('nginx not found: running every browser test against `npm start` only.')

const npmStart = `http://127.0.0.1:${NPM_START_PORT}`
const nginx = `http://127.0.0.1:${NGINX_PORT}`

const servers: PlaywrightTestConfig['webServer'] = [
  {
    // Serves the out/ that `npm test` has just built, exactly as `npm start` does.
    command: 'node scripts/serve/serve.mjs --no-build',
    env: { PORT: String(NPM_START_PORT) },
    url: `${npmStart}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
  ...(hasNginx
    ? [
        {
          command: 'node scripts/serve/nginx.mjs',
          env: { PORT: String(NGINX_PORT) },
          url: `${nginx}/`,
          reuseExistingServer: false,
          timeout: 30_000,
        },
      ]
    : []),
]

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/playwright',
  fullyParallel: true,
  // A budget against hangs, not a speed test (Lighthouse measures speed). With the two cores shared by other builds,
  // axe-core's scan of one article alone took 24–43 s, so the tests that scan ran out of the 30 s default.
  timeout: 90_000,
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: true,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath: systemChromium(), args: CHROMIUM_ARGS },
  },
  webServer: servers,
  projects: hasNginx
    ? [
        // The whole suite runs once against the production server, nginx with the shipped config.
        { name: 'nginx', use: { baseURL: nginx } },
        // npm start gets the checks of what a server adds: headers, policy, gzip and the 404 page.
        { name: 'npm-start', use: { baseURL: npmStart }, testMatch: /(serving|security)\.spec\.ts/ },
      ]
    : [{ name: 'npm-start', use: { baseURL: npmStart } }],
})
