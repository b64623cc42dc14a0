import type { Locale } from '@/lib/i18n/locales'
import { format } from '@/lib/i18n/messages'
import { articleMessages } from './messages'

type ArticleCardProps = {
  title: string
  description: string
  /** The article's address in the edition shown (a Spanish article's `url` is already under /es/). */
  url: string
  readingTime: number
  headingLevel?: 2 | 3
  locale: Locale
}

/** One article in a list: its title as the link, what it covers and how long it takes to read. */
export function ArticleCard({ title, description, url, readingTime, headingLevel = 3, locale }: ArticleCardProps) {
  const Heading = `h${headingLevel}` as const
  return (
    <li className="rounded-md border border-line bg-paper p-4">
      <Heading className="m-0 text-lg font-bold">
        <a href={url} className="text-brand-dark underline">
          {title}
        </a>
      </Heading>
      <p className="mt-1 mb-0">{description}</p>
      <p className="mt-1 mb-0 text-sm text-ink-muted">{format(articleMessages[locale].readingTime, { minutes: readingTime })}</p>
    </li>
  )
}
