/**
 * What the build reads: every file of the project except what is generated,
 * installed or only tested. A deny-list on purpose: a new folder counts as an
 * input until someone says otherwise, so `npm start` can rebuild too often but
 * never serves a site older than its sources (a hand-kept list once left out
 * islands/). Also the list of what a throwaway copy of the project needs.
 */
import fs from 'node:fs'
import path from 'node:path'

const NOT_INPUTS = new Set([
  '.git',
  'node_modules',
  'out',
  '.next',
  '.contentlayer',
  '.islands',
  'public/islands',
  'test-results',
  'playwright-report',
  'blob-report',
  'coverage',
  '.benchmark',
  'README.md',
])

/**
 * Top-level entries (files and folders) that the build reads, relative to `root`.
 * @param {string} [root]
 * @returns {string[]}
 */
export function buildInputs(root = '.') {
  return fs
    .readdirSync(root)
    .filter((name) => !NOT_INPUTS.has(name) && !/^out\./.test(name) && !name.endsWith('.log'))
    .sort()
}

/**
 * The newest modification time among the build's inputs, skipping generated folders inside them.
 * @param {string} [root]
 */
export function newestInputTime(root = '.') {
  let newest = 0
  /** @param {string} relative */
  const visit = (relative) => {
    if (NOT_INPUTS.has(relative)) return
    const stat = fs.statSync(path.join(root, relative), { throwIfNoEntry: false })
    if (!stat) return
    if (stat.isDirectory()) for (const child of fs.readdirSync(path.join(root, relative))) visit(path.posix.join(relative, child))
    else newest = Math.max(newest, stat.mtimeMs)
  }
  buildInputs(root).forEach(visit)
  return newest
}
