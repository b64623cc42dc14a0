import type { Reference } from '@/lib/content/schemas/references'
import type { Locale } from '@/lib/i18n/locales'
import { firstCitationId, referenceId } from '@/components/mdx/CitationMarker'
import { articleMessages } from './messages'

/** The numbered sources of a page, in the order the text first cites them. */
type ReferenceListProps = {
  references: readonly Reference[]
  /** Off on pages whose text has no numbered markers to go back to. */
  backLinks?: boolean
  locale: Locale
}

export function ReferenceList({ references, backLinks = true, locale }: ReferenceListProps) {
  if (references.length === 0) return null
  const t = articleMessages[locale]
  return (
    <section aria-labelledby="references" className="my-10">
      <h2 id="references" className="text-2xl font-bold">
        {t.referencesHeading}
      </h2>
      <ol className="mt-4 list-decimal space-y-3 pl-7 text-[0.95rem]">
        {references.map((reference) => (
          <li key={reference.key} id={referenceId(reference.key)} className="pl-1 [overflow-wrap:anywhere]">
            <cite className="font-semibold not-italic">{reference.title}</cite>. {reference.publisher}
            {reference.year ? `, ${reference.year}` : ''}.{reference.note ? ` ${reference.note}` : ''}{' '}
            <a href={reference.url} rel="noopener noreferrer" className="text-brand-dark underline">
              {reference.url}
            </a>{' '}
            {backLinks ? (
              <a href={`#${firstCitationId(reference.key)}`} className="no-print inline-block text-brand-dark underline">
                {t.referencesBackToText}
              </a>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  )
}
