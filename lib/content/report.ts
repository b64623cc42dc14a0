import { measureReadability, type Readability } from './readability'
import { measureSpanishReadability, spanishReadabilityProblems, type SpanishReadability } from './readability-es'
import { overdueReview } from './rules/articles'
import { editorialIssues } from './rules/editorial'

/** What the report needs from each generated article. */
export type ReportArticle = {
  slug: string
  title: string
  topic: string
  citedKeys: string[]
  lastReviewed: string
  nextReviewDue: string
  draft?: boolean
  body: { raw: string }
}

/** What the report needs from each generated Spanish translation (content/es/articles, same slug as its English source). */
export type ReportTranslation = {
  slug: string
  /** The first 16 hex characters of the sha256 of the English file it was made from. */
  sourceHash?: unknown
  body: { raw: string }
}

export type ReportInput = {
  articles: ReportArticle[]
  translations: ReportTranslation[]
  /** The current `fileHash` of each English article's file, by slug. */
  sourceHashes: Record<string, string>
}

/** "current": its sourceHash matches the English file as it is now; "stale": the English file has changed since. */
export type TranslationStatus = 'current' | 'stale' | 'missing'

export type SpanishReportRow = {
  status: TranslationStatus
  /** Absent when there is no translation. */
  readability?: SpanishReadability
  problems: string[]
}

export type ReportRow = {
  slug: string
  readability: Readability
  references: number
  lastReviewed: string
  nextReviewDue: string
  /** What the English article breaks. */
  problems: string[]
  spanish: SpanishReportRow
}

function spanishRow(article: ReportArticle, translation: ReportTranslation | undefined, sourceHash: string | undefined): SpanishReportRow {
  const englishFile = `content/articles/${article.slug}.mdx`
  if (!translation) {
    // As in the translation rules, a draft is not published, so it need not be translated yet.
    const problems = article.draft === true ? [] : [`has no Spanish translation: content/es/articles/${article.slug}.mdx is missing`]
    return { status: 'missing', problems }
  }
  const problems: string[] = []
  const stale = sourceHash === undefined || translation.sourceHash !== sourceHash
  if (stale) {
    const recorded = typeof translation.sourceHash === 'string' ? translation.sourceHash : 'no sourceHash'
    problems.push(
      `the Spanish translation is out of date: it translates ${englishFile} as it was (${recorded}), and that file has changed since (${sourceHash ?? 'unknown'})`,
    )
  }
  const readability = measureSpanishReadability(translation.body.raw)
  // An empty body is the body rules' to report, as for English.
  if (readability.words > 0) problems.push(...spanishReadabilityProblems(readability).map((reason) => `in Spanish, ${reason}`))
  return { status: stale ? 'stale' : 'current', readability, problems }
}

/**
 * One row per article: readability, references and review dates, with every
 * way it breaks the editorial rules, and beside them its Spanish translation's
 * INFLESZ score and sentence lengths, and whether it is current. The problems
 * are the content rules' own (lib/content/rules/editorial.ts, the review date
 * rule and the translation rules' readability, missing and stale checks), so
 * the report and `npm run content` always agree.
 */
export function articleReport(input: ReportInput, today: string): ReportRow[] {
  const translations = new Map(input.translations.map((translation) => [translation.slug, translation]))
  return [...input.articles]
    .sort((a, b) => a.slug.localeCompare(b.slug))
    .map((article) => {
      const issues = editorialIssues({ file: article.slug, bodyRaw: article.body.raw, citedKeys: article.citedKeys, topic: article.topic })
      const overdue = overdueReview(article.nextReviewDue, today)
      return {
        slug: article.slug,
        readability: measureReadability(article.body.raw),
        references: new Set(article.citedKeys).size,
        lastReviewed: article.lastReviewed,
        nextReviewDue: article.nextReviewDue,
        problems: [...issues.map((issue) => issue.reason), ...(overdue ? [overdue] : [])],
        spanish: spanishRow(article, translations.get(article.slug), input.sourceHashes[article.slug]),
      }
    })
}

const ENGLISH_HEADER = ['Article', 'Grade', 'Avg sentence', 'Longest', 'Words', 'Refs', 'Last reviewed', 'Next review', 'Status']
const SPANISH_HEADER = ['INFLESZ', 'ES avg sentence', 'ES longest', 'ES words', 'Translation', 'ES status']
const HEADER = [...ENGLISH_HEADER, ...SPANISH_HEADER]

const status = (problems: string[]) => (problems.length === 0 ? 'ok' : 'FAIL')

function spanishCells(spanish: SpanishReportRow): string[] {
  const { readability } = spanish
  if (!readability) return ['—', '—', '—', '—', spanish.status, status(spanish.problems)]
  return [
    `${readability.inflesz.toFixed(1)} (${readability.band})`,
    readability.averageSentenceWords.toFixed(1),
    String(readability.longestSentence.words),
    String(readability.words),
    spanish.status,
    status(spanish.problems),
  ]
}

/**
 * A Markdown table, readable in a terminal and pasteable into a note or pull request: the English
 * figures first, then the Spanish translation's ("ES"), each with its own status.
 */
export function formatReportTable(rows: ReportRow[]): string {
  const lines = rows.map((row) => [
    row.slug,
    row.readability.grade.toFixed(1),
    row.readability.averageSentenceWords.toFixed(1),
    String(row.readability.longestSentence.words),
    String(row.readability.words),
    String(row.references),
    row.lastReviewed,
    row.nextReviewDue,
    status(row.problems),
    ...spanishCells(row.spanish),
  ])
  const widths = HEADER.map((heading, column) => Math.max(heading.length, ...lines.map((line) => line[column]!.length)))
  const format = (cells: string[]) => `| ${cells.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`
  return [format(HEADER), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`, ...lines.map(format)].join('\n')
}
