import fs from 'node:fs'
import { allArticles, allPages } from 'contentlayer/generated'
import { describe, expect, it } from 'vitest'
import {
  ARTICLES_INDEX,
  articlePath,
  articleQrCodePath,
  articleSocialImagePath,
  authorPath,
  CONTENT_PAGES,
  contentPagePath,
  CORRECTIONS,
  HOME_PATH,
  TOOL_PAGES,
} from './routes'

describe('routes', () => {
  it('builds the addresses the static export writes, each ending in a slash', () => {
    expect(articlePath('common-side-effects')).toBe('/articles/common-side-effects/')
    expect(authorPath('ann-writer')).toBe('/authors/ann-writer/')
    expect(contentPagePath('about')).toBe('/about/')
    expect(articleSocialImagePath('common-side-effects')).toBe('/articles/common-side-effects/og.png')
    expect(articleQrCodePath('common-side-effects')).toBe('/articles/common-side-effects/qr.svg')
  })

  it('gives contentlayer the same article and page addresses the rest of the site links to', () => {
    expect(allArticles.length).toBeGreaterThan(0)
    for (const article of allArticles) expect(article.url).toBe(articlePath(article.slug))
    for (const page of allPages) expect(page.url).toBe(contentPagePath(page.slug))
  })

  it('links by name only to content pages that exist', () => {
    const pageUrls = allPages.map((page) => page.url)
    for (const path of Object.values(CONTENT_PAGES)) expect(pageUrls).toContain(path)
  })

  it('has a route in app/ for the articles index, the corrections page and every tool page', () => {
    for (const { path } of [ARTICLES_INDEX, CORRECTIONS, ...Object.values(TOOL_PAGES)])
      expect(fs.existsSync(`app/(en)${path}page.tsx`), `app/(en)${path}page.tsx`).toBe(true)
    expect(fs.existsSync(`app/(en)${CORRECTIONS.feedPath}/route.ts`)).toBe(true)
    // The Spanish edition has the pages whose words are translated so far.
    for (const path of [HOME_PATH, ARTICLES_INDEX.path]) expect(fs.existsSync(`app/es${path}page.tsx`), `app/es${path}page.tsx`).toBe(true)
  })
})
