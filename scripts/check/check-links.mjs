/**
 * npm run links (and a step of npm test): every internal link, image and
 * script in out/ leads to a file that exists, every #fragment to an element
 * with that id on the target page, every link to another site opens
 * safely (rel="noopener noreferrer"), and nothing under _next/ is shipped
 * that no page uses (scripts/build/strip-runtime.mjs removes Next's unused files).
 *
 * Written here rather than with a crawler such as linkinator because out/ is
 * on disk: reading the files answers exactly, with no server and no network,
 * and checks fragments on every page in well under a second.
 */
import fs from 'node:fs'
import path from 'node:path'
import { unusedNextFiles } from '../build/strip-runtime.mjs'

const TAG_WITH_URL = /<(a|link|script|img|source|use)\b([^>]*?)\s(href|src)="([^"]*)"([^>]*)>/g
const ID = /\sid="([^"]+)"/g

/** @param {string} value */
const decode = (value) =>
  value
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")

/**
 * The file in out/ a URL path is served from, or undefined.
 * @param {string} outDir
 * @param {string} urlPath
 * @returns {string | undefined}
 */
function fileFor(outDir, urlPath) {
  const clean = decodeURIComponent(urlPath)
  const candidates = clean.endsWith('/') ? [path.join(clean, 'index.html')] : [clean, `${clean}.html`, path.join(clean, 'index.html')]
  return candidates.map((candidate) => path.join(outDir, candidate)).find((file) => fs.existsSync(file) && fs.statSync(file).isFile())
}

/**
 * @param {string} outDir
 * @returns {string[]}
 */
function htmlFiles(outDir) {
  return fs
    .readdirSync(outDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort()
}

/**
 * @param {string} outDir
 * @param {{ origin?: string }} [options] origin: the site's own address, whose absolute links count as internal
 * @returns {{ checked: number, problems: string[] }}
 */
export function checkLinks(outDir, { origin } = {}) {
  /** @type {string[]} */
  const problems = []
  /** @type {Map<string, Set<string | undefined>>} */
  const idsCache = new Map()
  /** @param {string} file */
  const idsOf = (file) => {
    const cached = idsCache.get(file)
    if (cached) return cached
    const ids = new Set([...fs.readFileSync(file, 'utf8').matchAll(ID)].map((match) => match[1]))
    idsCache.set(file, ids)
    return ids
  }
  let checked = 0
  for (const file of htmlFiles(outDir)) {
    const page = `/${path.relative(outDir, file).split(path.sep).join('/')}`.replace(/index\.html$/, '')
    for (const [, tag, before, , rawUrl = '', after] of fs.readFileSync(file, 'utf8').matchAll(TAG_WITH_URL)) {
      const value = decode(rawUrl)
      if (value === '' || /^(mailto|tel|data):/.test(value)) continue
      checked += 1
      const url = new URL(value, `http://site.invalid${page}`)
      const internal = url.host === 'site.invalid' || (origin && url.origin === origin)
      if (!internal) {
        const rel = /\srel="([^"]*)"/.exec(`${before} ${after}`)?.[1]?.split(/\s+/) ?? []
        if (tag === 'a' && !(rel.includes('noopener') && rel.includes('noreferrer')))
          problems.push(`${page}: link to ${value} lacks rel="noopener noreferrer"`)
        continue
      }
      const target = fileFor(outDir, url.pathname)
      if (!target) {
        problems.push(`${page}: ${tag} ${value} leads to nothing in out/`)
        continue
      }
      const fragment = decodeURIComponent(url.hash.slice(1))
      if (fragment && target.endsWith('.html') && !idsOf(target).has(fragment))
        problems.push(`${page}: ${value} has no element with id "${fragment}"`)
    }
  }
  for (const file of unusedNextFiles(outDir))
    problems.push(`/${path.relative(outDir, file).split(path.sep).join('/')}: shipped, but no page uses it`)
  return { checked, problems }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const firstPage = /<loc>([^<]+)<\/loc>/.exec(fs.readFileSync('out/sitemap.xml', 'utf8'))?.[1]
  if (!firstPage) {
    console.error('✖ out/sitemap.xml lists no pages: run `npm run build` first.')
    process.exit(1)
  }
  const origin = new URL(firstPage).origin
  const { checked, problems } = checkLinks('out', { origin })
  for (const problem of problems) console.error(`✖ ${problem}`)
  console.log(
    problems.length === 0
      ? `✓ ${checked} links in out/ checked: none broken.`
      : `\n${problems.length} broken or unsafe link(s) of ${checked}.`,
  )
  process.exit(problems.length === 0 ? 0 : 1)
}
