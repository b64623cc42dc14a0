import { measureReadability, readabilityProblems, type Readability } from './readability'

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

/** The fewest distinct references an article may cite: the FAQ only points to the other articles. */
export function minimumReferences(article: Pick<ReportArticle, 'topic' | 'slug'>): number {
  return article.slug === 'frequently-asked-questions' ? 2 : 4
}

/** One row per article: readability, references and review dates, with every way it breaks the editorial limits. */
export function articleReport(articles: ReportArticle[], today: string): ReportRow[] {
  return [...articles]
    .sort((a, b) => a.slug.localeCompare(b.slug))
    .map((article) => {
      const readability = measureReadability(article.body.raw)
      const references = new Set(article.citedKeys).size
      const problems = readabilityProblems(readability)
      const minimum = minimumReferences(article)
      if (references < minimum) problems.push(`cites ${references} distinct references, fewer than ${minimum}`)
      if (article.nextReviewDue < today) problems.push(`review was due on ${article.nextReviewDue}`)
      return { slug: article.slug, readability, references, lastReviewed: article.lastReviewed, nextReviewDue: article.nextReviewDue, problems }
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
