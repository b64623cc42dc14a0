/**
 * npm run audit (and the last step of npm test): Lighthouse 12 over the built
 * site served by nginx with the shipped headers, as a reader gets it.
 *
 * Five pages (home, an article, the symptom guide, the checklist, the author
 * page), mobile and desktop, 3 runs each; the median run (Lighthouse's own
 * computeMedianRun) is reported and gated:
 *   performance >= 98 on mobile (and desktop), accessibility, best practices
 *   and SEO = 100, cumulative layout shift = 0.
 * Writes test-results/lighthouse.json and test-results/lighthouse.md.
 */
import fs from 'node:fs'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse, { desktopConfig } from 'lighthouse'
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js'
import { CHROMIUM_ARGS, systemChromium } from './chromium.mjs'
import { startSiteServer } from './nginx.mjs'

const PAGES = ['/', '/articles/common-side-effects/', '/is-this-normal/', '/consultation-checklist/', '/authors/victor-beer/']
const FORM_FACTORS = ['mobile', 'desktop']
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3)
const CATEGORIES = /** @type {const} */ (['performance', 'accessibility', 'best-practices', 'seo'])
export const GATES = { performance: 98, accessibility: 100, 'best-practices': 100, seo: 100, cls: 0 }

// Served on the origin the build wrote into canonical URLs, so the SEO audit sees them as this site's own.
const firstPage = /<loc>([^<]+)<\/loc>/.exec(fs.readFileSync('out/sitemap.xml', 'utf8'))?.[1]
if (!firstPage) throw new Error('out/sitemap.xml lists no pages: run `npm run build` first.')
const siteOrigin = new URL(firstPage).origin
const port = Number(process.env.AUDIT_PORT ?? new URL(siteOrigin).port ?? 80)

/** @param {import('lighthouse').Result} lhr */
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

/** @typedef {{ page: string, formFactor: string, runs: number } & ReturnType<typeof summarise>} AuditRow */

/**
 * @param {AuditRow} row
 * @returns {string[]}
 */
export function gateProblems(row) {
  /** @type {string[]} */
  const problems = []
  for (const category of CATEGORIES) {
    const minimum = GATES[category]
    if (row[category] < minimum) problems.push(`${row.page} (${row.formFactor}): ${category} ${row[category]} < ${minimum}`)
  }
  if (row.cls > GATES.cls) problems.push(`${row.page} (${row.formFactor}): CLS ${row.cls} > ${GATES.cls}`)
  return problems
}

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
        /** @type {import('lighthouse').Result[]} */
        const runs = []
        for (let run = 0; run < RUNS; run += 1) {
          const result = await lighthouse(
            `${server.url.replace(/\/$/, '')}${page}`,
            { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] },
            formFactor === 'desktop' ? desktopConfig : undefined,
          )
          if (!result) throw new Error(`Lighthouse returned no result for ${page} (${formFactor})`)
          runs.push(result.lhr)
        }
        const row = { page, formFactor, runs: RUNS, ...summarise(computeMedianRun(runs)) }
        rows.push(row)
        console.log(
          `${formFactor.padEnd(7)} ${page.padEnd(34)} perf ${row.performance} a11y ${row.accessibility} bp ${row['best-practices']} seo ${row.seo} cls ${row.cls} lcp ${row.lcpMs} ms tbt ${row.tbtMs} ms`,
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
    `Lighthouse ${JSON.parse(fs.readFileSync('node_modules/lighthouse/package.json', 'utf8')).version}, median of ${RUNS} runs, served by nginx with the shipped config.`,
    '',
    '| Page | Form | Performance | Accessibility | Best practices | SEO | CLS | FCP ms | LCP ms | TBT ms |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...rows.map(
      (row) =>
        `| ${row.page} | ${row.formFactor} | ${row.performance} | ${row.accessibility} | ${row['best-practices']} | ${row.seo} | ${row.cls} | ${row.fcpMs} | ${row.lcpMs} | ${row.tbtMs} |`,
    ),
  ].join('\n')
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = await audit()
  fs.mkdirSync('test-results', { recursive: true })
  fs.writeFileSync('test-results/lighthouse.json', `${JSON.stringify({ gates: GATES, rows }, null, 2)}\n`)
  fs.writeFileSync('test-results/lighthouse.md', `${markdown(rows)}\n`)
  console.log(`\n${markdown(rows)}\n`)
  const problems = rows.flatMap(gateProblems)
  for (const problem of problems) console.error(`✖ ${problem}`)
  for (const row of rows.filter((candidate) => candidate.failedAudits.length > 0))
    console.error(`  ${row.page} (${row.formFactor}) failed audits: ${row.failedAudits.join(', ')}`)
  if (problems.length === 0) console.log('✓ Every page meets the Lighthouse gates.')
  process.exit(problems.length === 0 ? 0 : 1)
}
