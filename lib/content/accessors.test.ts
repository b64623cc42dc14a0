import { describe, expect, it } from 'vitest'
import { getArticle, getArticles, getArticlesByTopic, getCitedReferences, visibleArticles } from './accessors'

describe('visibleArticles', () => {
  const articles = [
    { slug: 'published', draft: false },
    { slug: 'unfinished', draft: true },
  ]
  it('leaves drafts out of a production build', () => {
    expect(visibleArticles(articles, false).map((article) => article.slug)).toEqual(['published'])
  })
  it('shows drafts while editing', () => {
    expect(visibleArticles(articles, true).map((article) => article.slug)).toEqual(['published', 'unfinished'])
  })
})

describe('content accessors over the real content', () => {
  it('finds an article by slug', () => {
    expect(getArticle('common-side-effects')?.title).toMatch(/side effects/i)
  })
  it('groups every article under exactly one topic', () => {
    const grouped = getArticlesByTopic().flatMap((group) => group.articles.map((article) => article.slug))
    expect(grouped.sort()).toEqual(getArticles().map((article) => article.slug).sort())
  })
  it('returns references in the order the body first cites them', () => {
    const article = getArticle('common-side-effects')!
    expect(getCitedReferences(article.citedKeys).map((reference) => reference.key)).toEqual(article.citedKeys)
  })
})
