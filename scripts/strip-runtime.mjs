/**
 * After `next build`, every page loses Next's browser runtime: its script
 * tags, script preloads and the inline React payload that only hydration
 * reads. Next is used to render HTML at build time; in the browser, pages are
 * plain HTML and CSS, and the few interactive parts bring themselves to life
 * with their own small bundles (components/Island.tsx, scripts/build-islands.mjs).
 * A page paints at once, blocks nothing and weighs about half as much. Links
 * between pages are plain <a> elements, so they work as before.
 *
 * Next offers no switch for this in the App Router, hence this step.
 */

import fs from 'node:fs'
import path from 'node:path'

const FRAMEWORK_PIECES = [
  /<link rel="preload" as="script"[^>]*\/>/g,
  /<script src="\/_next\/[^"]*"[^>]*><\/script>/g,
  // Inline scripts without a type are the framework's bootstrap and payload; typed ones (JSON-LD, island props) stay.
  /<script(?:\s+id="[^"]*")?>[\s\S]*?<\/script>/g,
]

/** Next's per-route React payloads (index.txt, __next.*.txt): only its client router reads them. */
const PAYLOAD_FILE = /^(index|__next\..+)\.txt$/

/** Deletes the payload files the stripped pages no longer fetch, and folders left empty; returns how many files went. */
export function removePayloadFiles(outDir) {
  let removed = 0
  const visit = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) {
        visit(full)
        if (fs.readdirSync(full).length === 0) fs.rmdirSync(full)
      } else if (PAYLOAD_FILE.test(entry.name)) {
        fs.rmSync(full)
        removed += 1
      }
    }
  }
  visit(outDir)
  return removed
}

/** The page without Next's runtime. */
export function stripRuntime(html) {
  return FRAMEWORK_PIECES.reduce((page, pattern) => page.replace(pattern, ''), html)
}
