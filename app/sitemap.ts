import type { MetadataRoute } from 'next'
import { getArticles, getAuthors, getPages } from '@/lib/content/accessors'
import { LOCALES, localePath } from '@/lib/i18n/locales'
import { ARTICLES_INDEX, authorPath, CORRECTIONS, HOME_PATH, TOOL_PAGES } from '@/lib/site/routes'
import { languageAlternates } from '@/lib/site/seo'
import { absoluteUrl } from '@/lib/site/site-config'

// Static export needs the sitemap generated at build time.
export const dynamic = 'force-static'

type Entry = { path: string; lastModified?: string; translated: boolean }

/**
 * Every page of both editions. A page with a twin lists it (and x-default) as its alternates, the same set on
 * each twin, so search engines pair them whichever they find first.
 */
export default function sitemap(): MetadataRoute.Sitemap {
  const articles = getArticles()
  const newestReview = articles
    .map((article) => article.lastReviewed)
    .sort()
    .at(-1)
  const pages: Entry[] = [
    { path: HOME_PATH, lastModified: newestReview, translated: true },
    { path: ARTICLES_INDEX.path, lastModified: newestReview, translated: true },
    ...articles.map((article) => ({ path: article.url, lastModified: article.lastReviewed, translated: true })),
    ...getPages().map((page) => ({ path: page.url, lastModified: page.lastUpdated, translated: true })),
    // Not yet in Spanish: the tools, the corrections log and the author profile.
    ...Object.values(TOOL_PAGES).map((tool) => ({ path: tool.path, lastModified: newestReview, translated: false })),
    { path: CORRECTIONS.path, lastModified: newestReview, translated: false },
    ...getAuthors().map((author) => ({ path: authorPath(author.id), translated: false })),
  ]
  return pages.flatMap(({ path, lastModified, translated }) =>
    (translated ? LOCALES : (['en'] as const)).map((locale) => ({
      url: absoluteUrl(localePath(locale, path)),
      ...(lastModified ? { lastModified } : {}),
      ...(translated ? { alternates: { languages: languageAlternates(path) } } : {}),
    })),
  )
}
