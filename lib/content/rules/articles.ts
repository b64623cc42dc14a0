import { REVIEW_INTERVAL_MAX_YEARS, type ArticleFrontmatter } from '../schemas/frontmatter'
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
 * The "what changed" list says what each review changed: a review after first
 * publication (lastReviewed later than publishedAt) needs an entry of its own
 * date, so a date cannot be moved on without telling readers why. Entries are
 * newest first, one per date, between publication and the last review.
 */
function reviewChangeIssues(file: string, fm: Pick<ArticleFrontmatter, 'publishedAt' | 'lastReviewed' | 'reviewChanges'>): ContentIssue[] {
  const issues: ContentIssue[] = []
  fm.reviewChanges.forEach((entry, index) => {
    const field = `reviewChanges.${index}.date`
    if (entry.date > fm.lastReviewed) issues.push({ file, field, reason: `(${entry.date}) is after lastReviewed (${fm.lastReviewed})` })
    if (entry.date < fm.publishedAt) issues.push({ file, field, reason: `(${entry.date}) is before publishedAt (${fm.publishedAt})` })
    const previous = fm.reviewChanges[index - 1]
    if (previous && entry.date >= previous.date) {
      issues.push({ file, field, reason: `(${entry.date}) must be older than the entry above it (${previous.date}): newest first, one entry a date` })
    }
  })
  if (fm.lastReviewed > fm.publishedAt && !fm.reviewChanges.some((entry) => entry.date === fm.lastReviewed)) {
    issues.push({
      file,
      field: 'reviewChanges',
      reason: `has no entry for lastReviewed (${fm.lastReviewed}): add { date: "${fm.lastReviewed}", changes: [...] } saying what this review changed`,
    })
  }
  return issues
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
    issues.push(...reviewChangeIssues(file, fm))
    for (const role of ['author', 'reviewer'] as const) {
      if (!context.authorIds.has(fm[role])) issues.push({ file, field: role, reason: `"${fm[role]}" has no profile in content/authors` })
    }
    fm.related.forEach((slug, index) => {
      if (slug === article.slug) issues.push({ file, field: `related.${index}`, reason: 'an article cannot be related to itself' })
      else if (!context.articleSlugs.has(slug)) issues.push({ file, field: `related.${index}`, reason: `no article has the slug "${slug}"` })
    })
    return issues
  })
