import { Feed } from 'feed'
import type { CorrectionEntry } from '@/lib/content/corrections'
import type { Author } from '@/lib/content/schemas/author'
import { formatDate } from './dates'
import { displayName } from './people'
import { authorPath, CORRECTIONS } from './routes'
import { absoluteUrl, siteConfig } from './site-config'

/** Text going into the feed's HTML parts. Escaping ">" also means "]]>" can never end the CDATA the library wraps it in. */
const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** The day of a review as the instant Atom needs: midnight UTC, so every build writes the same bytes. */
const reviewDay = (date: string) => new Date(`${date.slice(0, 10)}T00:00:00Z`)

/** An entry's id: where it sits on the corrections page. An absolute IRI, unique, and the same in every build. */
export const correctionEntryId = (entry: Pick<CorrectionEntry, 'id'>) => `${absoluteUrl(CORRECTIONS.path)}#${entry.id}`

type CorrectionsFeedInput = {
  /** Newest first, as correctionsLog() gives them. */
  entries: readonly CorrectionEntry[]
  /** Named as the feed's author: the person who reviews the changes. */
  editor: Author
  /** The newest review of any article: the feed's date while no review has changed anything yet. */
  siteUpdated: string
}

/**
 * The corrections page as an Atom 1.0 feed (RFC 4287), so a clinic's feed reader tells it when advice it hands out
 * has changed. Each entry links to the article and lists what changed; the feed's date is the newest review's,
 * not the build's, so rebuilding the same content changes nothing.
 */
export function correctionsAtomFeed({ entries, editor, siteUpdated }: CorrectionsFeedInput): string {
  const newest = entries[0]
  const feed = new Feed({
    title: CORRECTIONS.feedTitle,
    description: `Every change made when an article on ${siteConfig.name} is reviewed, newest first.`,
    id: absoluteUrl(CORRECTIONS.path),
    link: absoluteUrl(CORRECTIONS.path),
    feed: absoluteUrl(CORRECTIONS.feedPath),
    language: siteConfig.locale,
    updated: reviewDay(newest?.date ?? siteUpdated),
    generator: false,
    copyright: `© ${siteConfig.publisher.name}`,
    author: { name: displayName(editor), link: absoluteUrl(authorPath(editor.id)) },
  })
  for (const entry of entries) {
    feed.addItem({
      id: correctionEntryId(entry),
      title: escapeHtml(`${entry.title} (reviewed ${formatDate(entry.date)})`),
      link: absoluteUrl(entry.url),
      date: reviewDay(entry.date),
      content: `<ul>${entry.changes.map((change) => `<li>${escapeHtml(change)}</li>`).join('')}</ul>`,
    })
  }
  return feed.atom1()
}
