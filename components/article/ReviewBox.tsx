import type { Author } from '@/lib/content/schemas/author'
import { localePath, type Locale } from '@/lib/i18n/locales'
import { formatDate, isoDay } from '@/lib/site/dates'
import { jobTitleIn } from '@/lib/site/people'
import { authorPath, CONTENT_PAGES } from '@/lib/site/routes'
import { formatRich } from '@/lib/i18n/rich-text'
import { articleMessages } from './messages'

type ReviewBoxProps = {
  reviewer: Author
  author: Author
  publishedAt: string
  lastReviewed: string
  nextReviewDue: string
  locale: Locale
}

/** Who checked this page and when, and where to read what could colour it, near the end of the content rather than hidden in the footer. */
export function ReviewBox({ reviewer, author, publishedAt, lastReviewed, nextReviewDue, locale }: ReviewBoxProps) {
  const t = articleMessages[locale]
  const profile = (person: Author) => (
    <a href={localePath(locale, authorPath(person.id))} className="font-semibold text-brand-dark underline">
      {person.honorificPrefix ? `${person.honorificPrefix} ${person.name}` : person.name}
    </a>
  )
  const date = (iso: string) => <time dateTime={isoDay(iso)}>{formatDate(iso, locale)}</time>
  return (
    <aside aria-label={t.reviewBoxLabel} className="review-box my-8 rounded-md border border-line bg-paper-tint px-5 py-4">
      <p className="m-0">
        {author.id === reviewer.id
          ? formatRich(t.reviewBoxReviewerWhoWrote, { reviewer: profile(reviewer), jobTitle: jobTitleIn(reviewer, locale).toLowerCase() })
          : formatRich(t.reviewBoxReviewerAndWriter, {
              reviewer: profile(reviewer),
              jobTitle: jobTitleIn(reviewer, locale).toLowerCase(),
              author: profile(author),
            })}
      </p>
      <dl className="mt-2 flex flex-wrap gap-x-6 gap-y-1">
        <div className="flex gap-1">
          <dt>{t.firstPublished}</dt>
          <dd className="m-0 font-semibold">{date(publishedAt)}</dd>
        </div>
        <div className="flex gap-1">
          <dt>{t.lastReviewed}</dt>
          <dd className="m-0 font-semibold">{date(lastReviewed)}</dd>
        </div>
        <div className="flex gap-1">
          <dt>{t.nextReviewDue}</dt>
          <dd className="m-0 font-semibold">{date(nextReviewDue)}</dd>
        </div>
      </dl>
      <p className="mt-2 mb-0">
        <a href={localePath(locale, CONTENT_PAGES.whoWeAre)} className="text-brand-dark underline">
          {t.whoWeAreLink}
        </a>
      </p>
    </aside>
  )
}
