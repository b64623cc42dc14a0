import { articleFrontmatterSchema, type ReviewChange } from './schemas/frontmatter'

/** One review of one article and what it changed: a line on the corrections page and an entry in its feed. */
export type CorrectionEntry = {
  /** Unique across the site and stable across builds: the anchor on the corrections page and the feed entry's id. */
  id: string
  slug: string
  title: string
  url: string
  date: string
  changes: readonly string[]
}

type ArticleWithChanges = { slug: string; title: string; url: string; draft: boolean; reviewChanges?: unknown }

/**
 * contentlayer passes reviewChanges through as untyped JSON, without its default; the frontmatter schema gives it
 * both. The content rules have already checked it, so a parse failure here is a bug, not bad content.
 */
export function reviewChangesOf(article: { reviewChanges?: unknown }): ReviewChange[] {
  return articleFrontmatterSchema.shape.reviewChanges.parse(article.reviewChanges)
}

/** An entry's anchor on the corrections page: one article's review on one day. */
export const correctionId = (slug: string, date: string) => `${slug}-${date}`

/**
 * Every "what changed at this review" entry of every published article, newest first; on the same day, in article
 * title order so the page and the feed never reorder between builds.
 */
export function correctionsLog(articles: readonly ArticleWithChanges[]): CorrectionEntry[] {
  return articles
    .filter((article) => !article.draft)
    .flatMap((article) =>
      reviewChangesOf(article).map((entry) => ({
        id: correctionId(article.slug, entry.date),
        slug: article.slug,
        title: article.title,
        url: article.url,
        date: entry.date,
        changes: entry.changes,
      })),
    )
    .sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title))
}
