import { describe, expect, it } from 'vitest'
import { TODAY } from '@/tests/fixtures/content-input'
import { SECOND, check, expectSingleIssue, withArticle } from '@/tests/fixtures/expect-issue'
import { articleRules } from './articles'

const expectArticleIssue = (fields: Record<string, unknown>, field: string, reason: RegExp) => expectSingleIssue(withArticle(fields), articleRules, SECOND, field, reason)

describe('article frontmatter', () => {
  it('rejects a missing title', () => expectArticleIssue({ title: undefined }, 'title', /string/i))
  it('rejects a description over 160 characters', () => expectArticleIssue({ description: 'x'.repeat(161) }, 'description', /at most 160 characters/))
  it('rejects a topic outside the fixed list', () => expectArticleIssue({ topic: 'gossip' }, 'topic', /must be one of: side-effects, complications/))
  it('rejects fewer than 3 key points', () => expectArticleIssue({ keyPoints: ['Only one.'] }, 'keyPoints', /3 to 5 key points/))
  it('rejects more than 5 key points', () => expectArticleIssue({ keyPoints: ['1', '2', '3', '4', '5', '6'] }, 'keyPoints', /3 to 5 key points/))
  it('rejects an impossible date', () => expectArticleIssue({ publishedAt: '2026-02-30' }, 'publishedAt', /not a real calendar date/))
  it('rejects a date that is not a date', () => expectArticleIssue({ lastReviewed: 'last week' }, 'lastReviewed', /YYYY-MM-DD/))
})

describe('review dates', () => {
  it('rejects a last review before publication', () => expectArticleIssue({ lastReviewed: '2026-01-01', reviewChanges: [] }, 'lastReviewed', /must not be before publishedAt/))
  it('rejects a next review that is not after the last review', () => {
    expectArticleIssue({ lastReviewed: TODAY, nextReviewDue: TODAY, reviewChanges: [{ date: TODAY, changes: ['x'] }] }, 'nextReviewDue', /must be after lastReviewed/)
  })
  it('rejects a next review more than 3 years after the last review', () => {
    expectArticleIssue({ nextReviewDue: '2029-02-02' }, 'nextReviewDue', /within 3 years of lastReviewed, by 2029-02-01/)
  })
  it('accepts a next review exactly 3 years after the last review', () => {
    expect(check(withArticle({ nextReviewDue: '2029-02-01' }))).toEqual([])
  })
  it('rejects an overdue review', () => {
    expectArticleIssue({ publishedAt: '2024-01-01', lastReviewed: '2024-01-01', nextReviewDue: '2026-05-31', reviewChanges: [] }, 'nextReviewDue', /the review was due on 2026-05-31/)
  })
  it('rejects a last review in the future', () => expectArticleIssue({ lastReviewed: '2026-06-02', reviewChanges: [{ date: '2026-06-02', changes: ['x'] }] }, 'lastReviewed', /in the future/))
})

describe('what changed at each review', () => {
  const entry = (date: string, changes = ['Corrected a figure.']) => ({ date, changes })
  it('rejects a review after publication with no entry for its date', () => {
    expectArticleIssue({ reviewChanges: [] }, 'reviewChanges', /no entry for lastReviewed \(2026-02-01\)/)
  })
  it('rejects a last-reviewed date moved on without a new entry', () => {
    expectArticleIssue({ lastReviewed: '2026-03-01', nextReviewDue: '2027-03-01' }, 'reviewChanges', /no entry for lastReviewed \(2026-03-01\)/)
  })
  it('needs no entry when the article has not been reviewed since it was published', () => {
    expect(check(withArticle({ lastReviewed: '2026-01-10', reviewChanges: [] }))).toEqual([])
  })
  it('accepts older entries below the newest', () => {
    expect(check(withArticle({ reviewChanges: [entry('2026-02-01'), entry('2026-01-20')] }))).toEqual([])
  })
  it('rejects entries out of order or twice for a date', () => {
    expectArticleIssue({ reviewChanges: [entry('2026-01-20'), entry('2026-02-01')] }, 'reviewChanges.1.date', /newest first/)
    expectArticleIssue({ reviewChanges: [entry('2026-02-01'), entry('2026-02-01')] }, 'reviewChanges.1.date', /newest first, one entry a date/)
  })
  it('rejects an entry after the last review or before publication', () => {
    expectArticleIssue({ reviewChanges: [entry('2026-03-01'), entry('2026-02-01')] }, 'reviewChanges.0.date', /after lastReviewed/)
    expectArticleIssue({ reviewChanges: [entry('2026-02-01'), entry('2026-01-01')] }, 'reviewChanges.1.date', /before publishedAt/)
  })
  it('rejects an entry that says nothing', () => expectArticleIssue({ reviewChanges: [entry('2026-02-01', [])] }, 'reviewChanges.0.changes', /say what changed/))
})

describe('people and related articles', () => {
  it('rejects an unknown author', () => expectArticleIssue({ author: 'jane-doe' }, 'author', /"jane-doe" has no profile in content\/authors/))
  it('rejects an unknown reviewer', () => expectArticleIssue({ reviewer: 'jane-doe' }, 'reviewer', /"jane-doe" has no profile/))
  it('rejects a related slug that does not exist', () => expectArticleIssue({ related: ['nowhere'] }, 'related.0', /no article has the slug "nowhere"/))
  it('rejects an article related to itself', () => expectArticleIssue({ related: ['second'] }, 'related.0', /cannot be related to itself/))
})
