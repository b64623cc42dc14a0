import type { MetadataRoute } from 'next'
import { getArticles, getAuthors, getPages } from '@/lib/content/accessors'
import { ARTICLES_INDEX, authorPath, CORRECTIONS, HOME_PATH, TOOL_PAGES } from '@/lib/site/routes'
import { absoluteUrl } from '@/lib/site/site-config'

// Static export needs the sitemap generated at build time.
export const dynamic = 'force-static'

export default function sitemap(): MetadataRoute.Sitemap {
  const articles = getArticles()
  const newestReview = articles
    .map((article) => article.lastReviewed)
    .sort()
    .at(-1)
  return [
    { url: absoluteUrl(HOME_PATH), lastModified: newestReview },
    { url: absoluteUrl(ARTICLES_INDEX.path), lastModified: newestReview },
    ...articles.map((article) => ({ url: absoluteUrl(article.url), lastModified: article.lastReviewed })),
    ...Object.values(TOOL_PAGES).map((tool) => ({ url: absoluteUrl(tool.path), lastModified: newestReview })),
    { url: absoluteUrl(CORRECTIONS.path), lastModified: newestReview },
    ...getAuthors().map((author) => ({ url: absoluteUrl(authorPath(author.id)) })),
    ...getPages().map((page) => ({ url: absoluteUrl(page.url), lastModified: page.lastUpdated })),
  ]
}
