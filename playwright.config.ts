import { defineConfig } from '@playwright/test'
import { CHROMIUM_ARGS, systemChromium } from './scripts/chromium.mjs'

const PORT = Number(process.env.E2E_PORT ?? 3100)

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/playwright',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: true,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    launchOptions: { executablePath: systemChromium(), args: CHROMIUM_ARGS },
  },
  webServer: {
    // Serves the out/ that `npm test` has just built, exactly as `npm start` does.
    command: 'node scripts/serve.mjs --no-build',
    env: { PORT: String(PORT) },
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
})
