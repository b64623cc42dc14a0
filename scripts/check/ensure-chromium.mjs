/**
 * Makes sure the browser tests have a Chromium: the system one if present,
 * else Debian's package via apt-get (as root or with passwordless sudo),
 * else Playwright's own download.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import { chromium } from '@playwright/test'
import { systemChromium } from '../lib/chromium.mjs'

/** @param {string} command */
const sh = (command) => spawnSync('sh', ['-c', command], { stdio: 'inherit' }).status === 0

const found = systemChromium()
if (found) {
  console.log(`Using Chromium at ${found}`)
  process.exit(0)
}

const hasAptGet = fs.existsSync('/usr/bin/apt-get')
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
const sudo = isRoot ? '' : spawnSync('sudo', ['-n', 'true']).status === 0 ? 'sudo -n ' : null
if (hasAptGet && sudo !== null) {
  console.log("No Chromium found: installing Debian's chromium package.")
  if (sh(`${sudo}apt-get update -qq && DEBIAN_FRONTEND=noninteractive ${sudo}apt-get install -y -qq chromium`) && systemChromium()) {
    console.log(`Using Chromium at ${systemChromium()}`)
    process.exit(0)
  }
}

if (fs.existsSync(chromium.executablePath())) {
  console.log(`Using Playwright's Chromium at ${chromium.executablePath()}`)
  process.exit(0)
}
console.log("Installing Playwright's own Chromium.")
if (sh('npx playwright install chromium')) process.exit(0)
console.error('✖ No Chromium could be found or installed. Set CHROMIUM_PATH to a Chromium or Chrome binary.')
process.exit(1)
