/**
 * npm run audit (and a step of npm test): Lighthouse 12 over the built site served by nginx with the shipped
 * headers, as a reader gets it.
 *
 * Five pages (home, an article, the symptom guide, the checklist, the author page), mobile and desktop. Each gets
 * at least 2 runs and up to 9; the gates and why performance is judged on the fastest run are in
 * ./lighthouse-gates.mjs. Writes test-results/lighthouse.json and test-results/lighthouse.md.
 */
import fs from 'node:fs'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse, { desktopConfig } from 'lighthouse'
import { CHROMIUM_ARGS, systemChromium } from '../lib/chromium.mjs'
import { CATEGORIES, GATES, MAX_RUNS, MIN_RUNS, needsAnotherRun, summariseRuns } from './lighthouse-gates.mjs'
import { startSiteServer } from '../serve/nginx.mjs'

// The Spanish article stands for the Spanish edition: the same layout, with the longer Spanish text.
const PAGES = [
  '/',
  '/articles/common-side-effects/',
  '/es/articles/common-side-effects/',
  '/is-this-normal/',
  '/es/is-this-normal/',
  '/consultation-checklist/',
  '/authors/victor-beer/',
]
const FORM_FACTORS = ['mobile', 'desktop']

// Served on the origin the build wrote into canonical URLs, so the SEO audit sees them as this site's own.
const firstPage = /<loc>([^<]+)<\/loc>/.exec(fs.readFileSync('out/sitemap.xml', 'utf8'))?.[1]
if (!firstPage) throw new Error('out/sitemap.xml lists no pages: run `npm run build` first.')
const siteOrigin = new URL(firstPage).origin
const port = Number(process.env.AUDIT_PORT ?? new URL(siteOrigin).port ?? 80)

/**
 * @param {import('lighthouse').Result} lhr
 * @returns {import('./lighthouse-gates.mjs').RunSummary}
 */
function summarise(lhr) {
  /** @param {string} id */
  const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100)
  /** @param {string} id */
  const metric = (id) => lhr.audits[id]?.numericValue ?? NaN
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    'best-practices': score('best-practices'),
    seo: score('seo'),
    cls: Math.round(metric('cumulative-layout-shift') * 1000) / 1000,
    fcpMs: Math.round(metric('first-contentful-paint')),
    lcpMs: Math.round(metric('largest-contentful-paint')),
    tbtMs: Math.round(metric('total-blocking-time')),
    failedAudits: Object.values(lhr.audits)
      .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary')
      .map((audit) => audit.id),
  }
}

/**
 * What moved in a run with layout shift: each shifted element's selector and snippet, with its score.
 * @param {import('lighthouse').Result} lhr
 */
function layoutShifts(lhr) {
  const details = /** @type {{ items?: { score?: number, node?: { selector?: string, snippet?: string } }[] } | undefined} */ (
    lhr.audits['layout-shifts']?.details
  )
  const items = details?.items ?? []
  if (items.length === 0) return 'no element named by Lighthouse'
  return items
    .map((item) => `${item.score ?? '?'} at ${item.node?.selector ?? '?'}: ${(item.node?.snippet ?? '').slice(0, 200)}`)
    .join('; ')
}

/** @typedef {{ page: string, formFactor: string } & ReturnType<typeof summariseRuns>} AuditRow */

/** @returns {Promise<AuditRow[]>} */
async function audit() {
  const server = await startSiteServer({ port })
  const chrome = await chromeLauncher.launch({
    chromePath: systemChromium(),
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
  })
  /** @type {AuditRow[]} */
  const rows = []
  try {
    for (const formFactor of FORM_FACTORS) {
      for (const page of PAGES) {
        /** @type {import('./lighthouse-gates.mjs').RunSummary[]} */
        const runs = []
        while (needsAnotherRun(runs)) {
          const result = await lighthouse(
            `${server.url.replace(/\/$/, '')}${page}`,
            // The full-page screenshot is only for the HTML report, which this audit does not write; it cost 1.6 s a run.
            { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES], disableFullPageScreenshot: true },
            formFactor === 'desktop' ? desktopConfig : undefined,
          )
          if (!result) throw new Error(`Lighthouse returned no result for ${page} (${formFactor})`)
          const run = summarise(result.lhr)
          runs.push(run)
          // A shift is rare and gone on the next run: say at once what moved, so it can be found and fixed.
          if (run.cls > 0) console.error(`  ${page} (${formFactor}) run ${runs.length}: CLS ${run.cls}, ${layoutShifts(result.lhr)}`)
        }
        const row = { page, formFactor, ...summariseRuns(runs) }
        rows.push(row)
        console.log(
          `${formFactor.padEnd(7)} ${page.padEnd(34)} ${row.runs} runs, perf best ${row.performance} median ${row.medianPerformance} a11y ${row.accessibility} bp ${row['best-practices']} seo ${row.seo} cls ${row.cls} lcp ${row.lcpMs} ms tbt ${row.tbtRangeMs[0]}–${row.tbtRangeMs[1]} ms`,
        )
      }
    }
  } finally {
    chrome.kill()
    server.stop()
  }
  return rows
}

/** @param {AuditRow[]} rows */
function markdown(rows) {
  return [
    `Lighthouse ${JSON.parse(fs.readFileSync('node_modules/lighthouse/package.json', 'utf8')).version}, served by nginx with the shipped config; ${MIN_RUNS} to ${MAX_RUNS} runs per row. Performance, FCP, LCP and TBT are the fastest run’s (see scripts/check/lighthouse-gates.mjs); the other scores are the lowest of all runs and CLS the highest.`,
    '',
    '| Page | Form | Runs | Performance (median) | Accessibility | Best practices | SEO | CLS | FCP ms | LCP ms | TBT ms (range) |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
    ...rows.map(
      (row) =>
        `| ${row.page} | ${row.formFactor} | ${row.runs} | ${row.performance} (${row.medianPerformance}) | ${row.accessibility} | ${row['best-practices']} | ${row.seo} | ${row.cls} | ${row.fcpMs} | ${row.lcpMs} | ${row.tbtMs} (${row.tbtRangeMs[0]}–${row.tbtRangeMs[1]}) |`,
    ),
  ].join('\n')
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = await audit()
  fs.mkdirSync('test-results', { recursive: true })
  fs.writeFileSync('test-results/lighthouse.json', `${JSON.stringify({ gates: GATES, rows }, null, 2)}\n`)
  fs.writeFileSync('test-results/lighthouse.md', `${markdown(rows)}\n`)
  console.log(`\n${markdown(rows)}\n`)
  const problems = rows.flatMap((row) => row.problems.map((problem) => `${row.page} (${row.formFactor}): ${problem}`))
  for (const problem of problems) console.error(`✖ ${problem}`)
  for (const row of rows.filter((candidate) => candidate.failedAudits.length > 0))
    console.error(`  ${row.page} (${row.formFactor}) failed audits: ${row.failedAudits.join(', ')}`)
  if (problems.length === 0) console.log('✓ Every page meets the Lighthouse gates.')
  process.exit(problems.length === 0 ? 0 : 1)
}
