import { describe, expect, it } from 'vitest'
import { correctionsLog } from './corrections'

const article = (slug: string, title: string, reviewChanges: unknown, draft = false) => ({ slug, title, url: `/articles/${slug}/`, draft, reviewChanges })

describe('correctionsLog', () => {
  const articles = [
    article('b-article', 'B article', [
      { date: '2026-11-30', changes: ['B: newest.'] },
      { date: '2026-03-01', changes: ['B: oldest.'] },
    ]),
    article('a-article', 'A article', [{ date: '2026-11-30', changes: ['A: one.', 'A: two.'] }]),
    article('c-article', 'C article', [{ date: '2026-06-15', changes: ['C: middle.'] }]),
    article('never-reviewed', 'Never reviewed', undefined),
    article('draft', 'Draft', [{ date: '2026-12-01', changes: ['Not yet public.'] }], true),
  ]

  it('lists every review of every published article, newest first, then by title', () => {
    expect(correctionsLog(articles).map((entry) => entry.id)).toEqual([
      'a-article-2026-11-30',
      'b-article-2026-11-30',
      'c-article-2026-06-15',
      'b-article-2026-03-01',
    ])
  })

  it('keeps each review whole, with its article, date and every change in order', () => {
    expect(correctionsLog(articles)[0]).toEqual({
      id: 'a-article-2026-11-30',
      slug: 'a-article',
      title: 'A article',
      url: '/articles/a-article/',
      date: '2026-11-30',
      changes: ['A: one.', 'A: two.'],
    })
  })

  it('leaves out drafts and articles never reviewed since they were published', () => {
    const slugs = correctionsLog(articles).map((entry) => entry.slug)
    expect(slugs).not.toContain('draft')
    expect(slugs).not.toContain('never-reviewed')
  })

  it('gives every entry an id of its own', () => {
    const ids = correctionsLog(articles).map((entry) => entry.id)
    expect(new Set(ids).size).toBe(ids.length)
  })
})
