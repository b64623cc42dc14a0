import fs from 'node:fs'
import { describe, expect, it } from 'vitest'
import { articleReport, minimumReferences, type ReportArticle } from '@/lib/content/report'
import { todayIso } from '@/lib/content/source'
import { READABILITY_LIMITS } from '@/lib/content/readability'

// The generated articles, as `npm run content:report` and the build read them (npm test runs contentlayer first).
const articles = JSON.parse(fs.readFileSync('.contentlayer/generated/Article/_index.json', 'utf8')) as ReportArticle[]
const rows = articleReport(articles, todayIso())

describe.each(rows.map((row) => [row.slug, row] as const))('%s', (_slug, row) => {
  it(`reads at grade ${READABILITY_LIMITS.grade} or below`, () => {
    expect(row.readability.grade).toBeLessThanOrEqual(READABILITY_LIMITS.grade)
  })

  it(`averages ${READABILITY_LIMITS.averageSentenceWords} words a sentence or fewer`, () => {
    expect(row.readability.averageSentenceWords).toBeLessThanOrEqual(READABILITY_LIMITS.averageSentenceWords)
  })

  it(`has no sentence over ${READABILITY_LIMITS.longestSentenceWords} words`, () => {
    expect(row.readability.longestSentence, row.readability.longestSentence.text).toMatchObject({
      words: expect.toSatisfy((words: number) => words <= READABILITY_LIMITS.longestSentenceWords),
    })
  })

  it('cites enough distinct references', () => {
    expect(row.references).toBeGreaterThanOrEqual(minimumReferences({ slug: row.slug, topic: '' }))
  })

  it('tells the reader when to get help, in a care card', () => {
    expect(articles.find((article) => article.slug === row.slug)?.body.raw).toMatch(/<CareCard level="(emergency|urgent|routine)"/)
  })

  it('is not overdue for review', () => {
    expect(row.nextReviewDue >= todayIso(), `review was due on ${row.nextReviewDue}`).toBe(true)
  })
})

describe('the article library', () => {
  it('has every article the site promises', () => {
    expect(rows.map((row) => row.slug).sort()).toEqual([
      'after-your-treatment',
      'botox-risks-at-a-glance',
      'choosing-a-practitioner',
      'common-side-effects',
      'fake-and-unlicensed-botox',
      'frequently-asked-questions',
      'preparing-for-your-consultation',
      'rare-and-serious-complications',
      'risks-and-benefits',
    ])
  })
})
