/**
 * After `next build`: removes Next's browser runtime from every page (see
 * strip-runtime.mjs), then gives every HTML page its own Content Security
 * Policy in a <meta> tag, allowing exactly the inline scripts that page has, by
 * their sha256 hashes, and writes the static hosts' _headers file. See
 * lib/http-headers.mjs for how this and the header policy combine.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { pageCsp, serializeCsp, staticHostHeaders, WEBASSEMBLY_PAGES } from '../lib/http-headers.mjs'
import { removePayloadFiles, stripRuntime } from './strip-runtime.mjs'

// Regular expressions rather than an HTML parser: Next writes these tags in one fixed form,
// and hashing must see the script text byte for byte as the file holds it.
const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g
const CHARSET = '<meta charSet="utf-8"/>'
const DATA_BLOCK = /\btype="(?!text\/javascript|module)[^"]*"/

/** sha256 (base64) of each inline script the browser would run; data blocks such as JSON-LD are not run. */
export function inlineScriptHashes(html) {
  const hashes = []
  for (const [, attributes, body] of html.matchAll(INLINE_SCRIPT)) {
    if (DATA_BLOCK.test(attributes ?? '')) continue
    hashes.push(crypto.createHash('sha256').update(body ?? '', 'utf8').digest('base64'))
  }
  return [...new Set(hashes)]
}

/** The page with its policy as the first thing after the charset, before any script. */
export function withCspMeta(html, pagePath) {
  if (html.includes('http-equiv="Content-Security-Policy"')) throw new Error(`${pagePath}: already has a Content Security Policy`)
  if (!html.includes(CHARSET)) throw new Error(`${pagePath}: no ${CHARSET} to place the policy after`)
  const policy = serializeCsp(pageCsp({ scriptHashes: inlineScriptHashes(html), webAssembly: WEBASSEMBLY_PAGES.includes(pagePath) }))
  return html.replace(CHARSET, `${CHARSET}<meta http-equiv="Content-Security-Policy" content="${policy}"/>`)
}

function htmlFiles(dir) {
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.join(entry.parentPath, entry.name))
}

/** The URL path a file in out/ is served at: out/articles/x/index.html → /articles/x/. */
export function pagePathOf(outDir, file) {
  const relative = path.relative(outDir, file).split(path.sep).join('/')
  return `/${relative.replace(/(^|\/)index\.html$/, '$1')}`
}

/** Strips Next's browser runtime from every page, then gives each page its policy. */
export function finishPages(outDir) {
  const files = htmlFiles(outDir)
  let withScripts = 0
  for (const file of files) {
    const html = stripRuntime(fs.readFileSync(file, 'utf8'))
    if (/<script type="module"/.test(html)) withScripts += 1
    fs.writeFileSync(file, withCspMeta(html, pagePathOf(outDir, file)))
  }
  const payloadFiles = removePayloadFiles(outDir)
  fs.writeFileSync(path.join(outDir, '_headers'), staticHostHeaders())
  return { pages: files.length, withScripts, payloadFiles }
}
