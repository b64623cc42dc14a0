import { measureReadability, type Readability } from './readability'
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
  body: { raw: string }
}

export type ReportRow = {
  slug: string
  readability: Readability
  references: number
  lastReviewed: string
  nextReviewDue: string
  problems: string[]
}

/**
 * One row per article: readability, references and review dates, with every
 * way it breaks the editorial rules. The problems are the content rules' own
 * (lib/content/rules/editorial.ts and the review date rule), so the report
 * and `npm run content` always agree.
 */
export function articleReport(articles: ReportArticle[], today: string): ReportRow[] {
  return [...articles]
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
      }
    })
}

const HEADER = ['Article', 'Grade', 'Avg sentence', 'Longest', 'Words', 'Refs', 'Last reviewed', 'Next review', 'Status']

/** A Markdown table, readable in a terminal and pasteable into a note or pull request. */
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
    row.problems.length === 0 ? 'ok' : 'FAIL',
  ])
  const widths = HEADER.map((heading, column) => Math.max(heading.length, ...lines.map((line) => line[column]!.length)))
  const format = (cells: string[]) => `| ${cells.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`
  return [format(HEADER), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`, ...lines.map(format)].join('\n')
}
