import { describe, expect, it } from 'vitest'
import { CARE_CARD } from '@/tests/fixtures/content-input'
import { articleReport, formatReportTable, type ReportArticle } from './report'

const article = (overrides: Partial<ReportArticle> = {}): ReportArticle => ({
  slug: 'common-side-effects',
  title: 'Common side effects',
  topic: 'side-effects',
  citedKeys: ['A', 'B', 'C', 'D'],
  lastReviewed: '2026-11-24',
  nextReviewDue: '2027-11-24',
  body: { raw: `Most side effects are mild. They pass in a few days.\n\n${CARE_CARD}` },
  ...overrides,
})

describe('articleReport', () => {
  it('measures each article and finds nothing wrong with a good one', () => {
    const [row] = articleReport([article()], '2026-11-24')
    expect(row).toMatchObject({ slug: 'common-side-effects', references: 4, problems: [] })
    expect(row?.readability.sentences).toBe(4)
  })

  it('counts distinct references and asks for 4, or 2 in the questions topic', () => {
    expect(articleReport([article({ citedKeys: ['A', 'B', 'B'] })], '2026-11-24')[0]?.problems).toEqual(['cites 2 distinct references, fewer than 4'])
    expect(articleReport([article({ slug: 'faq', topic: 'questions', citedKeys: ['A', 'B'] })], '2026-11-24')[0]?.problems).toEqual([])
  })

  it('fails an article whose review date has passed', () => {
    expect(articleReport([article({ nextReviewDue: '2026-11-23' })], '2026-11-24')[0]?.problems).toEqual([expect.stringMatching(/^the review was due on 2026-11-23/)])
    expect(articleReport([article({ nextReviewDue: '2026-11-24' })], '2026-11-24')[0]?.problems).toEqual([])
  })

  it('fails hard prose and an article without a care card', () => {
    const body = 'Iatrogenic blepharoptosis, consequent upon unintended diffusion of neuromodulatory agents, necessitates ophthalmological evaluation.'
    const [problem, careCard] = articleReport([article({ body: { raw: body } })], '2026-11-24')[0]?.problems ?? []
    expect(problem).toMatch(/^grade .* is above 8$/)
    expect(careCard).toMatch(/^has no care card/)
  })
})

describe('formatReportTable', () => {
  it('prints a Markdown table with one row per article, sorted by slug', () => {
    const table = formatReportTable(articleReport([article({ slug: 'b-article' }), article({ slug: 'a-article', citedKeys: [] })], '2026-11-24'))
    const lines = table.split('\n')
    expect(lines[0]).toMatch(/^\| Article +\| Grade \| Avg sentence \| Longest \| Words \| Refs \| Last reviewed \| Next review \| Status \|$/)
    expect(lines[1]).toMatch(/^\|-+\|/)
    expect(lines[2]).toMatch(/^\| a-article .*\| 0 +\| 2026-11-24 +\| 2027-11-24 +\| FAIL +\|$/)
    expect(lines[3]).toMatch(/^\| b-article .*\| 4 +\| .*\| ok +\|$/)
    expect(lines).toHaveLength(4)
  })
})
