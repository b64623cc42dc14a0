/**
 * After `next build`: removes Next's browser runtime from every page and
 * checks that none of it is left (strip-runtime.mjs), deletes the runtime's
 * files that no page loads any more, gives every page its Content Security
 * Policy in a <meta> tag, and writes the static hosts' _headers file. See
 * lib/http-headers.mjs for how the page and header policies combine.
 */
import fs from 'node:fs'
import path from 'node:path'
import { pageCsp, serializeCsp, staticHostHeaders } from '../../lib/http-headers.mjs'
import { assertStripped, removePayloadFiles, removeUnusedNextFiles, stripRuntime } from './strip-runtime.mjs'

const CHARSET = '<meta charSet="utf-8"/>'

/**
 * The page with its policy as the first thing after the charset, before any script.
 * @param {string} html
 * @param {string} pagePath URL path of the page, such as /search/
 * @returns {string}
 */
export function withCspMeta(html, pagePath) {
  if (html.includes('http-equiv="Content-Security-Policy"')) throw new Error(`${pagePath}: already has a Content Security Policy`)
  if (!html.includes(CHARSET)) throw new Error(`${pagePath}: no ${CHARSET} to place the policy after`)
  return html.replace(CHARSET, `${CHARSET}<meta http-equiv="Content-Security-Policy" content="${serializeCsp(pageCsp(pagePath))}"/>`)
}

/**
 * @param {string} dir
 * @returns {string[]}
 */
function htmlFiles(dir) {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.join(entry.parentPath, entry.name))
}

/**
 * The URL path a file in out/ is served at: out/articles/x/index.html → /articles/x/.
 * @param {string} outDir
 * @param {string} file
 * @returns {string}
 */
export function pagePathOf(outDir, file) {
  const relative = path.relative(outDir, file).split(path.sep).join('/')
  return `/${relative.replace(/(^|\/)index\.html$/, '$1')}`
}

/**
 * Strips Next's browser runtime from every page and refuses any page where a
 * script not on the allow-list remains, before a single file is rewritten;
 * then gives each page its policy and removes the runtime's unused files.
 * @param {string} outDir
 * @returns {{ pages: number, withScripts: number, payloadFiles: number, unusedNextFiles: { files: number, bytes: number } }}
 */
export function finishPages(outDir) {
  const pages = htmlFiles(outDir).map((file) => {
    const pagePath = pagePathOf(outDir, file)
    const html = stripRuntime(fs.readFileSync(file, 'utf8'))
    assertStripped(html, pagePath)
    return { file, pagePath, html }
  })
  let withScripts = 0
  for (const { file, pagePath, html } of pages) {
    if (/<script type="module"/.test(html)) withScripts += 1
    fs.writeFileSync(file, withCspMeta(html, pagePath))
  }
  const payloadFiles = removePayloadFiles(outDir)
  const unusedNextFiles = removeUnusedNextFiles(outDir)
  fs.writeFileSync(path.join(outDir, '_headers'), staticHostHeaders())
  return { pages: pages.length, withScripts, payloadFiles, unusedNextFiles }
}
