/**
 * `npm run content:report`: readability, references and review dates of every
 * article, from what `contentlayer2 build` generated. Exits non-zero when an
 * article breaks a limit, listing why.
 */
import fs from 'node:fs'
import { articleReport, formatReportTable, type ReportArticle } from '../lib/content/report'
import { READABILITY_LIMITS } from '../lib/content/readability'
import { todayIso } from '../lib/content/source'

const articles = JSON.parse(fs.readFileSync('.contentlayer/generated/Article/_index.json', 'utf8')) as ReportArticle[]
const rows = articleReport(articles, todayIso())

console.log(formatReportTable(rows))
console.log(
  `\nLimits: grade <= ${READABILITY_LIMITS.grade}, average sentence <= ${READABILITY_LIMITS.averageSentenceWords} words, ` +
    `longest sentence <= ${READABILITY_LIMITS.longestSentenceWords} words, 4 distinct references (2 for the FAQ), review not overdue.`,
)
const failing = rows.filter((row) => row.problems.length > 0)
for (const row of failing) for (const problem of row.problems) console.error(`✖ ${row.slug}: ${problem}`)
process.exit(failing.length > 0 ? 1 : 0)
