/**
 * `npm run content:report`: readability, references and review dates of every
 * article, and beside them its Spanish translation's INFLESZ score, sentence
 * lengths and whether it is current, from what `contentlayer2 build` generated.
 * Exits non-zero when an article breaks an English or Spanish limit, or its
 * translation is missing or out of date, listing why (the same rules
 * `npm run content` runs).
 */
import fs from 'node:fs'
import path from 'node:path'
import { READABILITY_LIMITS } from '../../lib/content/readability'
import { SPANISH_READABILITY_LIMITS } from '../../lib/content/readability-es'
import { articleReport, formatReportTable, type ReportArticle, type ReportTranslation } from '../../lib/content/report'
import { contentDir, fileHash, readGeneratedDocuments, todayIso } from '../../lib/content/source'
import { MINIMUM_REFERENCES, TOPICS } from '../../lib/content/topics'

const generated = readGeneratedDocuments()
const sourceHashes = Object.fromEntries(
  generated.articles.map((article) => [
    article.slug,
    fileHash(fs.readFileSync(path.join(contentDir(), article._raw.sourceFilePath), 'utf8')),
  ]),
)
const rows = articleReport(
  {
    articles: generated.articles as unknown as ReportArticle[],
    translations: generated.articleTranslations as ReportTranslation[],
    sourceHashes,
  },
  todayIso(),
)

const exceptions = TOPICS.flatMap((topic) => ('minimumReferences' in topic ? [`${topic.minimumReferences} in "${topic.name}"`] : []))
console.log(formatReportTable(rows))
console.log(
  `\nLimits: grade <= ${READABILITY_LIMITS.grade}, average sentence <= ${READABILITY_LIMITS.averageSentenceWords} words, ` +
    `longest sentence <= ${READABILITY_LIMITS.longestSentenceWords} words, a care card, ` +
    `${MINIMUM_REFERENCES} distinct references${exceptions.length > 0 ? ` (${exceptions.join(', ')})` : ''}, review not overdue.` +
    `\nSpanish: INFLESZ >= ${SPANISH_READABILITY_LIMITS.minimumInflesz} ("normal"), longest sentence <= ${SPANISH_READABILITY_LIMITS.longestSentenceWords} words, ` +
    `a translation of every article whose sourceHash matches its English file.`,
)
const failing = rows.filter((row) => row.problems.length > 0 || row.spanish.problems.length > 0)
for (const row of failing) for (const problem of [...row.problems, ...row.spanish.problems]) console.error(`✖ ${row.slug}: ${problem}`)
process.exit(failing.length > 0 ? 1 : 0)
