import type { TocEntry } from '@/lib/content/mdx/read'
import type { Locale } from '@/lib/i18n/locales'
import { articleMessages } from './messages'

/** "On this page": links to every h2 and h3 of the article, whose ids rehype-slug made from the same slugger. */
export function TableOfContents({ entries, locale }: { entries: readonly TocEntry[]; locale: Locale }) {
  if (entries.length === 0) return null
  return (
    <nav aria-labelledby="on-this-page" className="no-print my-6 border-l-4 border-line pl-4" data-pagefind-ignore>
      <h2 id="on-this-page" className="m-0 text-lg font-bold">
        {articleMessages[locale].tableOfContentsHeading}
      </h2>
      <ol className="mt-2 space-y-1">
        {entries.map((entry) => (
          <li key={entry.id} className={entry.depth === 3 ? 'pl-5' : undefined}>
            <a href={`#${entry.id}`} className="inline-block py-1 text-brand-dark underline">
              {entry.text}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  )
}
