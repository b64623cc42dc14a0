export const referenceId = (key: string) => `ref-${key.toLowerCase()}`
export const firstCitationId = (key: string) => `cite-${key.toLowerCase()}`

type CitationMarkerProps = {
  citationKey: string
  number: number
  /** Only the first marker for a reference carries the id the reference list links back to. */
  isFirst: boolean
}

/** A numbered marker in the text that jumps to its entry in the reference list. */
export function CitationMarker({ citationKey, number, isFirst }: CitationMarkerProps) {
  return (
    <sup className="citation ml-0.5">
      <a
        id={isFirst ? firstCitationId(citationKey) : undefined}
        href={`#${referenceId(citationKey)}`}
        className="text-brand-dark no-underline hover:underline"
        aria-label={`Reference ${number}`}
      >
        [{number}]
      </a>
    </sup>
  )
}
