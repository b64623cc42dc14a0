import type { ReactNode } from 'react'
import { VisuallyHidden } from '@/components/site/VisuallyHidden'

export const CARE_LEVELS = {
  emergency: {
    label: 'Emergency',
    spoken: 'Emergency advice:',
    symbol: '!',
    box: 'border-care-emergency',
    head: 'bg-care-emergency text-white',
  },
  urgent: { label: 'Urgent', spoken: 'Urgent advice:', symbol: '!', box: 'border-care-urgent', head: 'bg-care-urgent-bg text-care-urgent' },
  routine: {
    label: 'Routine',
    spoken: 'Routine advice:',
    symbol: 'i',
    box: 'border-care-routine',
    head: 'bg-care-routine-bg text-care-routine',
  },
} as const

export type CareLevel = keyof typeof CARE_LEVELS

type CareCardFrameProps = {
  level: CareLevel
  heading: string
  headingLevel?: 2 | 3 | 4
  /** data-* attributes that let the built pages be checked against the triage model. */
  data?: Record<`data-${string}`, string | undefined>
  children?: ReactNode
}

/**
 * A care card's box, heading and level, with no knowledge of the triage model: what the
 * browser islands draw (the symptom guide's answer), so that the model checks CareCard runs
 * at build time stay out of their bundles.
 */
export function CareCardFrame({ level, heading, headingLevel = 3, data, children }: CareCardFrameProps) {
  const style = CARE_LEVELS[level]
  if (!style) throw new Error(`CareCard: unknown level "${String(level)}"; use emergency, urgent or routine`)
  const Heading = `h${headingLevel}` as const
  return (
    <section className={`care-card my-6 rounded-md border-2 border-l-8 ${style.box} bg-paper`} data-level={level} {...data}>
      <div className={`not-prose flex items-start gap-3 px-4 py-3 ${style.head}`}>
        <span
          aria-hidden="true"
          className="mt-0.5 inline-flex shrink-0 items-center gap-1 rounded-sm border-2 border-current px-1.5 text-sm font-bold tracking-wide uppercase"
        >
          <span>{style.symbol}</span>
          {style.label}
        </span>
        <Heading className="m-0 text-lg leading-snug font-bold">
          <VisuallyHidden>{style.spoken}</VisuallyHidden> {heading}
        </Heading>
      </div>
      <div className="care-card__content space-y-2 px-4 py-3">{children}</div>
    </section>
  )
}
