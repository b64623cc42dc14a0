import type { ReactNode } from 'react'
import { VisuallyHidden } from '@/components/site/VisuallyHidden'
import type { CareLevelMessages } from './messages'

/**
 * How each level looks, and which of ./messages.ts's words name it: `labelKey` the badge word, `spokenKey` the
 * visually hidden prefix. The words themselves are never here: use careLevelWord(messages, level).
 */
export const CARE_LEVELS = {
  emergency: {
    labelKey: 'emergencyLabel',
    spokenKey: 'emergencySpoken',
    symbol: '!',
    box: 'border-care-emergency',
    head: 'bg-care-emergency text-white',
  },
  urgent: {
    labelKey: 'urgentLabel',
    spokenKey: 'urgentSpoken',
    symbol: '!',
    box: 'border-care-urgent',
    head: 'bg-care-urgent-bg text-care-urgent',
  },
  routine: {
    labelKey: 'routineLabel',
    spokenKey: 'routineSpoken',
    symbol: 'i',
    box: 'border-care-routine',
    head: 'bg-care-routine-bg text-care-routine',
  },
} as const satisfies Record<
  string,
  { labelKey: keyof CareLevelMessages; spokenKey: keyof CareLevelMessages; symbol: string; box: string; head: string }
>

export type CareLevel = keyof typeof CARE_LEVELS

/** A level as a word ("Emergency", "Urgente"), as the card's badge shows it. */
export function careLevelWord(messages: CareLevelMessages, level: CareLevel): string {
  return messages[CARE_LEVELS[level].labelKey]
}

type CareCardFrameProps = {
  level: CareLevel
  heading: string
  headingLevel?: 2 | 3 | 4
  /** The level words in the page's language (mdxMessages[locale], or pickCareLevelMessages of it in an island's props). */
  messages: CareLevelMessages
  /** data-* attributes that let the built pages be checked against the triage model. */
  data?: Record<`data-${string}`, string | undefined>
  children?: ReactNode
}

/**
 * A care card's box, heading and level, with no knowledge of the triage model: what the
 * browser islands draw (the symptom guide's answer), so that the model checks CareCard runs
 * at build time stay out of their bundles. It takes its words as a prop, never from the
 * catalogue itself, for the same reason.
 */
export function CareCardFrame({ level, heading, headingLevel = 3, messages, data, children }: CareCardFrameProps) {
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
          {messages[style.labelKey]}
        </span>
        <Heading className="m-0 text-lg leading-snug font-bold">
          <VisuallyHidden>{messages[style.spokenKey]}</VisuallyHidden> {heading}
        </Heading>
      </div>
      <div className="care-card__content space-y-2 px-4 py-3">{children}</div>
    </section>
  )
}
