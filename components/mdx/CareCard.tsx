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

type CareCardProps = {
  level: CareLevel
  title: string
  children: ReactNode
  /** The card's heading level; h3 by default because cards sit inside an article's h2 sections. */
  headingLevel?: 2 | 3 | 4
}

/**
 * Advice at one of three strengths, after the NHS care card. The level is said
 * three ways: a visible word, a shape (the border weight and symbol) and a
 * visually hidden prefix read out before the heading, so colour is never the only signal.
 */
export function CareCard({ level, title, children, headingLevel = 3 }: CareCardProps) {
  const style = CARE_LEVELS[level]
  if (!style) throw new Error(`CareCard: unknown level "${String(level)}"; use emergency, urgent or routine`)
  const Heading = `h${headingLevel}` as const
  return (
    <section className={`care-card my-6 rounded-md border-2 border-l-8 ${style.box} bg-paper`} data-level={level}>
      <div className={`not-prose flex items-start gap-3 px-4 py-3 ${style.head}`}>
        <span
          aria-hidden="true"
          className="mt-0.5 inline-flex shrink-0 items-center gap-1 rounded-sm border-2 border-current px-1.5 text-sm font-bold tracking-wide uppercase"
        >
          <span>{style.symbol}</span>
          {style.label}
        </span>
        <Heading className="m-0 text-lg leading-snug font-bold">
          <VisuallyHidden>{style.spoken}</VisuallyHidden> {title}
        </Heading>
      </div>
      <div className="care-card__content space-y-2 px-4 py-3">{children}</div>
    </section>
  )
}
