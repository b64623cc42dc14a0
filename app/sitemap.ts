import type { MetadataRoute } from 'next'
import { getArticles, getAuthors, getPages } from '@/lib/content/accessors'
import { LOCALES, localePath } from '@/lib/i18n/locales'
import { ARTICLES_INDEX, authorPath, CORRECTIONS, HOME_PATH, TOOL_PAGES } from '@/lib/site/routes'
import { languageAlternates } from '@/lib/site/seo'
import { absoluteUrl } from '@/lib/site/site-config'

// Static export needs the sitemap generated at build time.
export const dynamic = 'force-static'

type Entry = { path: string; lastModified?: string }

/**
 * Every page of both editions, each listing its twin (and x-default) as alternates, the same set on each twin, so
 * search engines pair them whichever they find first.
 */
export default function sitemap(): MetadataRoute.Sitemap {
  const articles = getArticles()
  const newestReview = articles
    .map((article) => article.lastReviewed)
    .sort()
    .at(-1)
  const pages: Entry[] = [
    { path: HOME_PATH, lastModified: newestReview },
    { path: ARTICLES_INDEX.path, lastModified: newestReview },
    ...articles.map((article) => ({ path: article.url, lastModified: article.lastReviewed })),
    ...getPages().map((page) => ({ path: page.url, lastModified: page.lastUpdated })),
    ...Object.values(TOOL_PAGES).map((tool) => ({ path: tool.path, lastModified: newestReview })),
    { path: CORRECTIONS.path, lastModified: newestReview },
    ...getAuthors().map((author) => ({ path: authorPath(author.id) })),
  ]
  return pages.flatMap(({ path, lastModified }) =>
    LOCALES.map((locale) => ({
      url: absoluteUrl(localePath(locale, path)),
      ...(lastModified ? { lastModified } : {}),
      alternates: { languages: languageAlternates(path) },
    })),
  )
}
