/**
 * `npm run content:report`: readability, references and review dates of every
 * article, from what `contentlayer2 build` generated. Exits non-zero when an
 * article breaks a limit, listing why (the same rules `npm run content` runs).
 */
import fs from 'node:fs'
import { READABILITY_LIMITS } from '../../lib/content/readability'
import { articleReport, formatReportTable, type ReportArticle } from '../../lib/content/report'
import { todayIso } from '../../lib/content/source'
import { MINIMUM_REFERENCES, TOPICS } from '../../lib/content/topics'

const articles = JSON.parse(fs.readFileSync('.contentlayer/generated/Article/_index.json', 'utf8')) as ReportArticle[]
const rows = articleReport(articles, todayIso())

const exceptions = TOPICS.flatMap((topic) => ('minimumReferences' in topic ? [`${topic.minimumReferences} in "${topic.name}"`] : []))
console.log(formatReportTable(rows))
console.log(
  `\nLimits: grade <= ${READABILITY_LIMITS.grade}, average sentence <= ${READABILITY_LIMITS.averageSentenceWords} words, ` +
    `longest sentence <= ${READABILITY_LIMITS.longestSentenceWords} words, a care card, ` +
    `${MINIMUM_REFERENCES} distinct references${exceptions.length > 0 ? ` (${exceptions.join(', ')})` : ''}, review not overdue.`,
)
const failing = rows.filter((row) => row.problems.length > 0)
for (const row of failing) for (const problem of row.problems) console.error(`✖ ${row.slug}: ${problem}`)
process.exit(failing.length > 0 ? 1 : 0)
