import type { ReviewChange } from '@/lib/content/schemas/frontmatter'
import type { Locale } from '@/lib/i18n/locales'
import { formatDate, isoDay } from '@/lib/site/dates'
import { formatRich } from '@/lib/i18n/rich-text'
import { articleMessages } from './messages'

type ReviewChangesProps = {
  /** Newest first, as the content rules require; the change lines in the edition shown. */
  changes: readonly ReviewChange[]
  lastReviewed: string
  locale: Locale
}

function ChangeList({ entry }: { entry: ReviewChange }) {
  return (
    <ul className="mt-1 mb-0 list-disc pl-6">
      {entry.changes.map((change) => (
        <li key={change}>{change}</li>
      ))}
    </ul>
  )
}

/**
 * What the last review changed, beside the review dates, so a reader who saw
 * the page before (or a clinic that printed it) can tell what is different.
 * Earlier reviews sit in a disclosure that works without JavaScript. An article
 * not reviewed since it was published has nothing to list and shows nothing.
 */
export function ReviewChanges({ changes, lastReviewed, locale }: ReviewChangesProps) {
  const current = changes.find((entry) => entry.date === lastReviewed)
  if (!current) return null
  const t = articleMessages[locale]
  const earlier = changes.filter((entry) => entry.date < lastReviewed)
  const date = (iso: string) => <time dateTime={isoDay(iso)}>{formatDate(iso, locale)}</time>
  return (
    <section aria-labelledby="what-changed" className="my-8" data-pagefind-ignore>
      <h2 id="what-changed" className="text-xl font-bold">
        {t.reviewChangesHeading}
      </h2>
      <p className="mb-0">{formatRich(t.reviewChangesReviewedOn, { date: date(current.date) })}</p>
      <ChangeList entry={current} />
      {earlier.length > 0 ? (
        <details className="mt-3">
          <summary className="cursor-pointer font-semibold text-brand-dark underline">{t.reviewChangesEarlier}</summary>
          {earlier.map((entry) => (
            <div key={entry.date} className="mt-2">
              <p className="mb-0">{date(entry.date)}:</p>
              <ChangeList entry={entry} />
            </div>
          ))}
        </details>
      ) : null}
    </section>
  )
}
