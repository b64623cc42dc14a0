import type { Locale } from '@/lib/i18n/locales'
import { format } from '@/lib/i18n/messages'
import { mdxMessages } from './messages'

export const referenceId = (key: string) => `ref-${key.toLowerCase()}`
export const firstCitationId = (key: string) => `cite-${key.toLowerCase()}`

type CitationMarkerProps = {
  citationKey: string
  number: number
  /** Only the first marker for a reference carries the id the reference list links back to. */
  isFirst: boolean
  /** The page's edition: the marker's spoken name ("Reference 3", "Referencia 3") is in its language. */
  locale: Locale
}

/** A numbered marker in the text that jumps to its entry in the reference list. */
export function CitationMarker({ citationKey, number, isFirst, locale }: CitationMarkerProps) {
  return (
    <sup className="citation ml-0.5">
      <a
        id={isFirst ? firstCitationId(citationKey) : undefined}
        href={`#${referenceId(citationKey)}`}
        className="text-brand-dark no-underline hover:underline"
        aria-label={format(mdxMessages[locale].citation, { number })}
      >
        [{number}]
      </a>
    </sup>
  )
}
