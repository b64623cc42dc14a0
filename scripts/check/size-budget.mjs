/**
 * npm run size (and a step of npm test): the gzipped bytes each built page
 * makes a modern browser download, measured from out/, against the budgets.
 *
 *  - HTML: the page itself, as sent (the build's .gz beside it).
 *  - CSS: its stylesheets.
 *  - JavaScript: every script, script preload and module (with the modules
 *    it imports), except nomodule fallbacks that modern browsers skip. There
 *    is no framework to count apart: the build strips Next's runtime
 *    (strip-runtime.mjs), so pages with nothing interactive ship none,
 *    articles their share bar and the tools their island with Preact.
 *
 * Writes test-results/size-budget.json and .md, prints the table and exits 1
 * when a budget is exceeded.
 */
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'

export const BUDGETS = { htmlKb: 40, cssKb: 15, jsKb: 15 }
const OUT = 'out'

/**
 * @typedef {{ page: string, html: number, css: number, js: number }} PageSizes gzipped bytes
 * @typedef {{ budgetsKb: typeof BUDGETS, pages: PageSizes[] }} SizeReport
 */

/** @param {string} urlPath */
function gzippedBytes(urlPath) {
  const file = path.join(OUT, urlPath)
  if (fs.existsSync(`${file}.gz`)) return fs.statSync(`${file}.gz`).size
  return zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length
}

/**
 * A module script and every module it imports statically (the browser fetches them all before running it).
 * @param {string} urlPath
 * @param {(file: string) => string} [read] reads a file by its URL path (from out/ unless given)
 * @returns {string[]}
 */
export function withStaticImports(urlPath, read = (file) => fs.readFileSync(path.join(OUT, file), 'utf8')) {
  /** @type {Set<string>} */
  const found = new Set()
  /** @param {string} file */
  const visit = (file) => {
    if (found.has(file)) return
    found.add(file)
    for (const [, specifier = ''] of read(file).matchAll(/(?:import|from)\s*"(\.{1,2}\/[^"]+\.js)"/g))
      visit(path.posix.join(path.posix.dirname(file), specifier))
  }
  visit(urlPath)
  return [...found]
}

/** @returns {string[]} */
function pagePaths() {
  const sitemap = fs.readFileSync(path.join(OUT, 'sitemap.xml'), 'utf8')
  // The group always takes part in a match.
  return [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(/** @type {string} */ (match[1])).pathname)
}

/**
 * What a page's HTML asks the browser to fetch up front.
 * @param {string} html
 * @returns {{ css: string[], js: string[], modules: string[] }}
 */
export function pageAssets(html) {
  /** @param {string} tag @param {string} name */
  const attribute = (tag, name) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1]
  /** @type {Set<string>} */
  const css = new Set()
  /** @type {Set<string>} */
  const js = new Set()
  /** @type {Set<string>} */
  const modules = new Set()
  for (const [tag] of html.matchAll(/<link\b[^>]*>/g)) {
    const href = attribute(tag, 'href')
    if (!href?.startsWith('/')) continue
    if (/\brel="stylesheet"/.test(tag)) css.add(href)
    if (/\brel="(preload|modulepreload)"/.test(tag) && /\bas="script"/.test(tag)) js.add(href)
  }
  for (const [tag] of html.matchAll(/<script\b[^>]*>/g)) {
    const src = attribute(tag, 'src')
    if (!src?.startsWith('/') || /\bnoModule\b|\bnomodule\b/.test(tag)) continue
    if (/\btype="module"/.test(tag)) modules.add(src)
    else js.add(src)
  }
  return { css: [...css], js: [...js], modules: [...modules] }
}

/** @returns {SizeReport} */
export function measure() {
  const pages = pagePaths().map((page) => {
    const htmlFile = path.join(page, 'index.html')
    const { css, js, modules } = pageAssets(fs.readFileSync(path.join(OUT, htmlFile), 'utf8'))
    return { page, html: gzippedBytes(htmlFile), css, js: [...new Set([...js, ...modules.flatMap((module) => withStaticImports(module))])] }
  })
  /** @param {string[]} files */
  const sum = (files) => files.reduce((total, file) => total + gzippedBytes(file), 0)
  return {
    budgetsKb: BUDGETS,
    pages: pages.map(({ page, html, css, js }) => ({ page, html, css: sum(css), js: sum(js) })),
  }
}

/** @param {number} bytes */
const kb = (bytes) => (bytes / 1024).toFixed(1)

/**
 * @param {SizeReport} report
 * @returns {string[]}
 */
export function problems(report) {
  return report.pages.flatMap((row) => [
    ...(row.html > BUDGETS.htmlKb * 1024 ? [`${row.page}: HTML is ${kb(row.html)} kB, over ${BUDGETS.htmlKb} kB`] : []),
    ...(row.css > BUDGETS.cssKb * 1024 ? [`${row.page}: CSS is ${kb(row.css)} kB, over ${BUDGETS.cssKb} kB`] : []),
    ...(row.js > BUDGETS.jsKb * 1024 ? [`${row.page}: JavaScript is ${kb(row.js)} kB, over ${BUDGETS.jsKb} kB`] : []),
  ])
}

/**
 * @param {SizeReport} report
 * @returns {string}
 */
export function table(report) {
  const rows = report.pages.map((row) => `| ${row.page} | ${kb(row.html)} | ${kb(row.css)} | ${kb(row.js)} |`)
  return [
    'Gzipped kB per page.',
    `Budgets: HTML <= ${BUDGETS.htmlKb}, CSS <= ${BUDGETS.cssKb}, JS <= ${BUDGETS.jsKb}.`,
    '',
    '| Page | HTML | CSS | JS |',
    '|---|---|---|---|',
    ...rows,
  ].join('\n')
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!fs.existsSync(path.join(OUT, 'sitemap.xml'))) {
    console.error('✖ out/ has no build: run `npm run build` first.')
    process.exit(1)
  }
  const report = measure()
  const markdown = table(report)
  fs.mkdirSync('test-results', { recursive: true })
  fs.writeFileSync('test-results/size-budget.json', `${JSON.stringify(report, null, 2)}\n`)
  fs.writeFileSync('test-results/size-budget.md', `${markdown}\n`)
  console.log(markdown)
  const failures = problems(report)
  for (const failure of failures) console.error(`✖ ${failure}`)
  if (failures.length === 0) console.log('\n✓ Every page is within its size budgets.')
  process.exit(failures.length === 0 ? 0 : 1)
}
