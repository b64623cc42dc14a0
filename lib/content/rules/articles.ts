import { REVIEW_INTERVAL_MAX_YEARS } from '../schemas/frontmatter'
import { schemaIssues, type ContentIssue, type Rule } from './types'

function addYears(day: string, years: number): string {
  const date = new Date(`${day}T00:00:00Z`)
  date.setUTCFullYear(date.getUTCFullYear() + years)
  return date.toISOString().slice(0, 10)
}

/** Why an article is overdue for review on `today`, or undefined when it is not. */
export function overdueReview(nextReviewDue: string, today: string): string | undefined {
  return nextReviewDue < today ? `the review was due on ${nextReviewDue}: review the article, then update lastReviewed and nextReviewDue` : undefined
}

/**
 * An article's frontmatter fits its schema; its dates are in order, within the
 * review interval and not overdue; its author and reviewer have profiles; and
 * it is related only to other articles that exist.
 */
export const articleRules: Rule = (input, context) =>
  input.articles.flatMap((article) => {
    const checked = context.articleFields.get(article)
    if (!checked?.ok) return schemaIssues(checked)
    const { file } = article
    const fm = checked.value
    const issues: ContentIssue[] = []
    if (fm.lastReviewed < fm.publishedAt) {
      issues.push({ file, field: 'lastReviewed', reason: `(${fm.lastReviewed}) must not be before publishedAt (${fm.publishedAt})` })
    }
    if (fm.nextReviewDue <= fm.lastReviewed) {
      issues.push({ file, field: 'nextReviewDue', reason: `(${fm.nextReviewDue}) must be after lastReviewed (${fm.lastReviewed})` })
    }
    const latest = addYears(fm.lastReviewed, REVIEW_INTERVAL_MAX_YEARS)
    if (fm.nextReviewDue > latest) {
      issues.push({ file, field: 'nextReviewDue', reason: `(${fm.nextReviewDue}) must be within ${REVIEW_INTERVAL_MAX_YEARS} years of lastReviewed, by ${latest}` })
    }
    if (fm.lastReviewed > context.today) issues.push({ file, field: 'lastReviewed', reason: `(${fm.lastReviewed}) is in the future` })
    const overdue = overdueReview(fm.nextReviewDue, context.today)
    if (overdue) issues.push({ file, field: 'nextReviewDue', reason: overdue })
    for (const role of ['author', 'reviewer'] as const) {
      if (!context.authorIds.has(fm[role])) issues.push({ file, field: role, reason: `"${fm[role]}" has no profile in content/authors` })
    }
    fm.related.forEach((slug, index) => {
      if (slug === article.slug) issues.push({ file, field: `related.${index}`, reason: 'an article cannot be related to itself' })
      else if (!context.articleSlugs.has(slug)) issues.push({ file, field: `related.${index}`, reason: `no article has the slug "${slug}"` })
    })
    return issues
  })
