import { getArticles, getCorrections } from '@/lib/content/accessors'
import { correctionsAtomFeed } from '@/lib/site/corrections-feed'
import { getLeadAuthor } from '@/lib/site/lead-author'

export const dynamic = 'force-static'

/** /corrections/feed.xml: the corrections page as an Atom feed, linked from every page's head. */
export function GET() {
  const siteUpdated = getArticles()
    .map((article) => article.lastReviewed)
    .sort()
    .at(-1)
  if (!siteUpdated) throw new Error('app/corrections/feed.xml: there are no articles to date the feed by')
  const xml = correctionsAtomFeed({ entries: getCorrections(), editor: getLeadAuthor(), siteUpdated })
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } })
}
