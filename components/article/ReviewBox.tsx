import type { Author } from '@/lib/content/schemas/author'
import { formatDate, isoDay } from '@/lib/site/dates'
import { authorPath, CONTENT_PAGES } from '@/lib/site/routes'

type ReviewBoxProps = {
  reviewer: Author
  author: Author
  publishedAt: string
  lastReviewed: string
  nextReviewDue: string
}

/** Who checked this page and when, and where to read what could colour it, near the end of the content rather than hidden in the footer. */
export function ReviewBox({ reviewer, author, publishedAt, lastReviewed, nextReviewDue }: ReviewBoxProps) {
  const profile = (person: Author) => (
    <a href={authorPath(person.id)} className="font-semibold text-brand-dark underline">
      {person.honorificPrefix ? `${person.honorificPrefix} ` : ''}
      {person.name}
    </a>
  )
  return (
    <aside aria-label="Medical review" className="review-box my-8 rounded-md border border-line bg-paper-tint px-5 py-4">
      <p className="m-0">
        Medically reviewed by {profile(reviewer)}, {reviewer.jobTitle.toLowerCase()}
        {author.id === reviewer.id ? ', who also wrote this page' : <> · Written by {profile(author)}</>}.
      </p>
      <dl className="mt-2 flex flex-wrap gap-x-6 gap-y-1">
        <div className="flex gap-1">
          <dt>First published:</dt>
          <dd className="m-0 font-semibold">
            <time dateTime={isoDay(publishedAt)}>{formatDate(publishedAt)}</time>
          </dd>
        </div>
        <div className="flex gap-1">
          <dt>Last reviewed:</dt>
          <dd className="m-0 font-semibold">
            <time dateTime={isoDay(lastReviewed)}>{formatDate(lastReviewed)}</time>
          </dd>
        </div>
        <div className="flex gap-1">
          <dt>Next review due:</dt>
          <dd className="m-0 font-semibold">
            <time dateTime={isoDay(nextReviewDue)}>{formatDate(nextReviewDue)}</time>
          </dd>
        </div>
      </dl>
      <p className="mt-2 mb-0">
        <a href={CONTENT_PAGES.whoWeAre} className="text-brand-dark underline">
          Who we are, how we are funded and our competing interests
        </a>
      </p>
    </aside>
  )
}
