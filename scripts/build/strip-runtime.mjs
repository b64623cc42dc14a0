/**
 * After `next build`, every page loses Next's browser runtime: its script
 * tags, script preloads and the inline React payload that only hydration
 * reads. Next is used to render HTML at build time; in the browser, pages are
 * plain HTML and CSS, and the few interactive parts bring themselves to life
 * with their own small bundles (components/Island.tsx, scripts/build/build-islands.mjs).
 * A page paints at once, blocks nothing and weighs about half as much. Links
 * between pages are plain <a> elements, so they work as before.
 *
 * Next offers no switch for this in the App Router, hence this step. Its
 * markup is not a public API, so the strip alone would fail open on an
 * upgrade: `assertStripped` then checks every page against an allow-list and
 * stops the build on anything else.
 */

import fs from 'node:fs'
import path from 'node:path'
import { parse } from 'parse5'

/** @typedef {import('parse5').DefaultTreeAdapterTypes.ParentNode} ParentNode */
/** @typedef {import('parse5').DefaultTreeAdapterTypes.Element} Element */

// Regular expressions for the removal: they match Next's current serialisation exactly and
// leave every other byte of the page as it was. Whatever they miss, assertStripped refuses.
const FRAMEWORK_PIECES = [
  /<link rel="preload" as="script"[^>]*\/>/g,
  /<script src="\/_next\/[^"]*"[^>]*><\/script>/g,
  // Inline scripts without a type are the framework's bootstrap and payload; typed ones (JSON-LD, island props) stay.
  /<script(?:\s+id="[^"]*")?>[\s\S]*?<\/script>/g,
]

/**
 * The page without Next's runtime.
 * @param {string} html
 * @returns {string}
 */
export function stripRuntime(html) {
  return FRAMEWORK_PIECES.reduce((page, pattern) => page.replace(pattern, ''), html)
}

/**
 * The only scripts a finished page may hold. Data blocks are never run by the
 * browser; modules come from this site: the island bundles and the share bar.
 */
/** @type {Record<string, string[]>} */
const DATA_BLOCKS = {
  // components/site/JsonLd.tsx
  'application/ld+json': ['type'],
  // islands/Island.tsx: the props the island's bundle reads.
  'application/json': ['type', 'data-island-props'],
}
export const ALLOWED_MODULES = [/^\/islands\/[a-z0-9-]+\.js$/]

/** Traces of Next's runtime that must not survive anywhere in a page: script chunks and the React flight payload. */
const RUNTIME_TRACES = [/\/_next\/[^\s"'<>]*\.m?js\b/, /__next_f/]

/**
 * The first trace of Next's runtime in a text, if any.
 * @param {string} text
 * @returns {string | undefined}
 */
const runtimeTrace = (text) => RUNTIME_TRACES.map((pattern) => pattern.exec(text)?.[0]).find((found) => found !== undefined)

/** Inline event handlers and javascript: URLs are scripts too. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href'])

const SCRIPT_LINK_RELS = new Set(['preload', 'prefetch', 'modulepreload'])

/**
 * Every element under a node, in document order, template contents included.
 * @param {ParentNode} node
 * @returns {Generator<Element>}
 */
function* elements(node) {
  for (const child of node.childNodes) {
    if (!('tagName' in child)) continue
    yield child
    yield* elements('content' in child ? child.content : child)
  }
}

/** @param {Element} element */
const textOf = (element) => element.childNodes.map((child) => ('value' in child ? child.value : '')).join('')

/** @param {string} text */
function isJson(text) {
  try {
    JSON.parse(text)
    return true
  } catch {
    return false
  }
}

/**
 * Why an element may not stay in a finished page, or undefined when it may.
 * @param {Element} element
 * @returns {string | undefined}
 */
function refusal(element) {
  const attributes = new Map(element.attrs.map(({ name, value }) => [name, value]))
  for (const [name, value] of attributes) {
    if (name.startsWith('on')) return `inline event handler ${name}`
    if (URL_ATTRIBUTES.has(name) && /^\s*javascript:/i.test(value)) return 'javascript: URL'
    const trace = runtimeTrace(value)
    if (trace) return `refers to Next's runtime (${trace})`
  }
  if (element.tagName === 'link') {
    const rel = (attributes.get('rel') ?? '').toLowerCase().split(/\s+/)
    const as = (attributes.get('as') ?? '').toLowerCase()
    const href = attributes.get('href') ?? ''
    if (rel.includes('modulepreload')) return 'script preload'
    if (rel.some((value) => SCRIPT_LINK_RELS.has(value)) && (as === 'script' || /\.m?js(?:[?#]|$)/.test(href))) return 'script preload'
    return undefined
  }
  if (element.tagName !== 'script') return undefined

  const type = (attributes.get('type') ?? '').trim().toLowerCase()
  const names = [...attributes.keys()].sort()
  const body = textOf(element)
  const allowed = DATA_BLOCKS[type]
  if (allowed) {
    if (names.some((name) => !allowed.includes(name))) return `data block with attributes other than ${allowed.join(', ')}`
    if (!isJson(body)) return 'data block that is not JSON'
    const trace = runtimeTrace(body)
    if (trace) return `data block carrying Next's runtime (${trace})`
    return undefined
  }
  if (type === 'module') {
    const src = attributes.get('src') ?? ''
    if (names.join(' ') !== 'src type') return 'module script with attributes other than type and src'
    if (!ALLOWED_MODULES.some((pattern) => pattern.test(src))) return `module from ${src || 'an inline body'}, not one of the site's own`
    if (body.trim() !== '') return 'module script with an inline body'
    return undefined
  }
  return "script not on the allow-list (only JSON data blocks and the site's own modules may stay)"
}

/**
 * Throws, naming the page and each offending tag, unless every script left in
 * the page is on the allow-list and nothing of Next's runtime remains: no
 * script chunk, script preload or React payload. Read with a real HTML parser
 * (parse5), so attribute order, quoting and casing cannot hide a tag.
 * @param {string} html
 * @param {string} pagePath URL path of the page, for the error
 * @returns {void}
 */
export function assertStripped(html, pagePath) {
  // scriptingEnabled: false parses <noscript> content as elements, so nothing hides in it either.
  const document = parse(html, { sourceCodeLocationInfo: true, scriptingEnabled: false })
  /** @param {Element} element */
  const tagOf = (element) => {
    const location = element.sourceCodeLocation?.startTag
    const tag = location ? html.slice(location.startOffset, location.endOffset) : `<${element.tagName}>`
    return tag.length > 200 ? `${tag.slice(0, 200)}…` : tag
  }
  /** @type {string[]} */
  const problems = []
  for (const element of elements(document)) {
    const reason = refusal(element)
    if (reason) problems.push(`${pagePath}: ${tagOf(element)}: ${reason}`)
    if (element.tagName === 'script') continue
    for (const child of element.childNodes) {
      const text = 'value' in child ? child.value : 'data' in child ? child.data : ''
      const trace = runtimeTrace(text)
      if (trace) problems.push(`${pagePath}: ${tagOf(element)}: text refers to Next's runtime (${trace})`)
    }
  }
  if (problems.length > 0) {
    throw new Error(
      `Next's runtime was not fully stripped (did a Next upgrade change its markup? Update scripts/build/strip-runtime.mjs):\n${problems.join('\n')}`,
    )
  }
}

/** Next's per-route React payloads (index.txt, __next.*.txt): only its client router reads them. */
const PAYLOAD_FILE = /^(index|__next\..+)\.txt$/

/** @param {string} dir */
function removeEmptyFolders(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue
    const full = path.join(dir, entry.name)
    removeEmptyFolders(full)
    if (fs.readdirSync(full).length === 0) fs.rmdirSync(full)
  }
}

/**
 * @param {string} dir
 * @returns {string[]}
 */
function filesUnder(dir) {
  if (!fs.existsSync(dir)) return []
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
}

/**
 * Deletes the payload files the stripped pages no longer fetch, and folders left empty; returns how many files went.
 * @param {string} outDir
 * @returns {number}
 */
export function removePayloadFiles(outDir) {
  const payloads = filesUnder(outDir).filter((file) => PAYLOAD_FILE.test(path.basename(file)))
  for (const file of payloads) fs.rmSync(file)
  removeEmptyFolders(outDir)
  return payloads.length
}

const NEXT_DIR = '_next'
const TEXT_FILE = /\.(html|css|js|mjs|json|xml|txt|webmanifest|svg)$/
// A substring scan rather than a parse: it finds a reference in any attribute, text or
// stylesheet, so it can only keep too much, never delete a file something still uses.
const NEXT_URL = /\/_next\/[^\s"'<>()\\,?#]+/g
const CSS_URL = /url\(\s*(['"]?)([^'")]+)\1\s*\)|@import\s+(['"])([^'"]+)\3/g

/**
 * URL paths under /_next/ that the site uses: named by any file outside _next/, and what their stylesheets load (fonts, images).
 * @param {string} outDir
 * @returns {Set<string>}
 */
function usedNextPaths(outDir) {
  /** @type {Set<string>} */
  const used = new Set()
  /** @type {string[]} */
  const pending = []
  /** @param {string} urlPath */
  const markUsed = (urlPath) => {
    if (used.has(urlPath)) return
    used.add(urlPath)
    if (urlPath.endsWith('.css')) pending.push(urlPath)
  }
  const nextRoot = path.join(outDir, NEXT_DIR)
  for (const file of filesUnder(outDir)) {
    if (file.startsWith(`${nextRoot}${path.sep}`) || !TEXT_FILE.test(file)) continue
    for (const [urlPath] of fs.readFileSync(file, 'utf8').matchAll(NEXT_URL)) markUsed(urlPath)
  }
  for (let stylesheet = pending.pop(); stylesheet !== undefined; stylesheet = pending.pop()) {
    const file = path.join(outDir, stylesheet)
    if (!fs.existsSync(file)) continue
    for (const match of fs.readFileSync(file, 'utf8').matchAll(CSS_URL)) {
      const reference = match[2] ?? match[4]
      if (reference === undefined || /^(data|https?):/.test(reference)) continue
      markUsed(new URL(reference, `http://site.invalid${stylesheet}`).pathname)
    }
  }
  return used
}

/**
 * Files in out/_next/ that nothing in the site uses (a precompressed .gz counts as used when its original is).
 * @param {string} outDir
 * @returns {string[]}
 */
export function unusedNextFiles(outDir) {
  const used = usedNextPaths(outDir)
  return filesUnder(path.join(outDir, NEXT_DIR))
    .filter((file) => {
      const urlPath = `/${path.relative(outDir, file).split(path.sep).join('/')}`
      return !used.has(urlPath.replace(/\.gz$/, ''))
    })
    .sort()
}

/**
 * Deletes Next's client chunks and manifests that no stripped page loads, so they are not deployed.
 * @param {string} outDir
 * @returns {{ files: number, bytes: number }}
 */
export function removeUnusedNextFiles(outDir) {
  const unused = unusedNextFiles(outDir)
  const bytes = unused.reduce((sum, file) => sum + fs.statSync(file).size, 0)
  for (const file of unused) fs.rmSync(file)
  if (fs.existsSync(path.join(outDir, NEXT_DIR))) removeEmptyFolders(path.join(outDir, NEXT_DIR))
  return { files: unused.length, bytes }
}
