import fs from 'node:fs'

/**
 * Where to find a Chromium for the browser tests: $CHROMIUM_PATH, then Debian's
 * package. Undefined means "use Playwright's own build" (installed by
 * scripts/check/ensure-chromium.mjs on machines without a system Chromium).
 */
export function systemChromium() {
  return [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
    (candidate) => candidate && fs.existsSync(candidate),
  )
}

/** Flags for a quiet, sandbox-free headless run on CI machines with no outside network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]
