import { formatDate, isoDay } from '@/lib/site/dates'
import { displayName } from '@/lib/site/people'
import { authorPath } from '@/lib/site/routes'
import type { Author } from '@/lib/content/schemas/author'

type ArticleBylineProps = { author: Author; reviewer: Author; readingTime: number; lastReviewed: string }

export function ArticleByline({ author, reviewer, readingTime, lastReviewed }: ArticleBylineProps) {
  const sameperson = author.id === reviewer.id
  return (
    <p className="mt-4 text-[0.95rem] text-ink-muted">
      {sameperson ? 'Written and medically reviewed by ' : 'Written by '}
      <a href={authorPath(author.id)} className="font-semibold text-brand-dark underline">
        {displayName(author)}
      </a>
      {sameperson ? null : (
        <>
          {' · Medically reviewed by '}
          <a href={authorPath(reviewer.id)} className="font-semibold text-brand-dark underline">
            {displayName(reviewer)}
          </a>
        </>
      )}
      {' · '}
      {readingTime} minute read{' · '}Reviewed <time dateTime={isoDay(lastReviewed)}>{formatDate(lastReviewed)}</time>
    </p>
  )
}
