import { formatDate, isoDay } from '@/lib/site/dates'
import { displayName } from '@/lib/site/people'
import { authorPath } from '@/lib/site/routes'
import { localePath, type Locale } from '@/lib/i18n/locales'
import { format } from '@/lib/i18n/messages'
import type { Author } from '@/lib/content/schemas/author'
import { formatRich } from '@/lib/i18n/rich-text'
import { articleMessages } from './messages'

type ArticleBylineProps = { author: Author; reviewer: Author; readingTime: number; lastReviewed: string; locale: Locale }

export function ArticleByline({ author, reviewer, readingTime, lastReviewed, locale }: ArticleBylineProps) {
  const t = articleMessages[locale]
  const sameperson = author.id === reviewer.id
  const profile = (person: Author) => (
    <a href={localePath(locale, authorPath(person.id))} className="font-semibold text-brand-dark underline">
      {displayName(person)}
    </a>
  )
  return (
    <p className="mt-4 text-[0.95rem] text-ink-muted">
      {sameperson ? (
        formatRich(t.bylineWrittenAndReviewedBy, { author: profile(author) })
      ) : (
        <>
          {formatRich(t.bylineWrittenBy, { author: profile(author) })}
          {' · '}
          {formatRich(t.bylineMedicallyReviewedBy, { reviewer: profile(reviewer) })}
        </>
      )}
      {' · '}
      {format(t.readingTime, { minutes: readingTime })}
      {' · '}
      {formatRich(t.bylineReviewed, { date: <time dateTime={isoDay(lastReviewed)}>{formatDate(lastReviewed, locale)}</time> })}
    </p>
  )
}
