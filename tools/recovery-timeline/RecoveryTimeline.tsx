import type { ReactNode } from 'react'
import { careLevelWord } from '@/components/mdx/CareCardFrame'
import { mdxMessages } from '@/components/mdx/messages'
import { formatNumber } from '@/lib/i18n/format'
import type { Locale } from '@/lib/i18n/locales'
import { format } from '@/lib/i18n/messages'
import type { TriageModel } from '@/lib/triage/engine'
import { barPosition, orderedEvents, timelineWarnings, triageModel, type RecoveryTimelineData } from '@/tools/recovery-timeline/logic'
import { recoveryTimelineMessages, type RecoveryTimelineMessages } from './messages'

const KIND = {
  effect: { word: 'kindEffect', bar: 'fill-brand', marker: '●' },
  'side-effect': { word: 'kindSideEffect', bar: 'fill-care-urgent', marker: '▲' },
  warning: { word: 'kindWarning', bar: 'fill-care-emergency', marker: '!' },
} as const satisfies Record<string, { word: keyof RecoveryTimelineMessages; bar: string; marker: string }>

type RecoveryTimelineProps = {
  /** The edition's copy of content/tools/recovery-timeline.json. */
  timeline: RecoveryTimelineData
  /** The edition the page is in: the heading, scale, kinds of event and level words are in its language. */
  locale: Locale
  /**
   * The edition's triage model, whose labels, advice and action titles the warnings show. Without it the
   * timeline uses content/triage/model.json as it is, which is English, so any other edition must pass its own.
   */
  model?: TriageModel
  /** Renders the numbered citation markers for an event's sources. */
  cite?: (keys: readonly string[]) => ReactNode
}

/**
 * The weeks after treatment as an ordered list: the words carry everything and
 * the bars only echo them, so it reads the same on a narrow phone, in print
 * and with a screen reader.
 */
export function RecoveryTimeline({ timeline, locale, model, cite }: RecoveryTimelineProps) {
  if (!model && locale !== 'en') {
    throw new Error(`<RecoveryTimeline locale="${locale}"> needs that edition's triage model: without it its warnings would be in English`)
  }
  const t = recoveryTimelineMessages[locale]
  const levelWords = mdxMessages[locale]
  const warningModel = model ?? triageModel
  return (
    <section aria-labelledby="recovery-timeline" className="recovery-timeline not-prose my-8 rounded-md border border-line bg-paper p-4">
      <h3 id="recovery-timeline" className="m-0 text-lg font-bold">
        {t.heading}
      </h3>
      <p className="mt-1 mb-0 text-sm text-ink-muted">{format(t.scale, { days: formatNumber(timeline.scaleDays, locale) })}</p>
      <ol className="mt-4 space-y-4">
        {orderedEvents(timeline).map((event) => {
          const kind = KIND[event.kind]
          const { left, width } = barPosition(event, timeline.scaleDays)
          return (
            <li key={event.id} data-event={event.id} data-kind={event.kind}>
              <p className="m-0">
                <span aria-hidden="true" className="mr-1 inline-block w-4 text-center font-bold">
                  {kind.marker}
                </span>
                <strong>{event.when}:</strong> {event.label}.<span className="sr-only">{` (${t[kind.word]})`}</span>
              </p>
              <p className="mt-0.5 mb-0 pl-5 text-[0.95rem]">
                {event.detail}
                {cite?.(event.sources)}
              </p>
              {event.warnings ? (
                // Level, wording and action from the triage model (content/triage/model.json); the level is a word, never only a colour.
                <ul className="mt-1 mb-0 list-disc pl-10 text-[0.95rem]" data-part="warnings">
                  {timelineWarnings(warningModel, event).map((warning) => (
                    <li key={warning.id} data-level={warning.level} data-signs={warning.id}>
                      <strong>{`${careLevelWord(levelWords, warning.level)}: `}</strong>
                      {[`${warning.label}.`, warning.advice, `${warning.actionTitle}.`].filter(Boolean).join(' ')}
                    </li>
                  ))}
                </ul>
              ) : null}
              {/* SVG attributes, not inline styles, place the bar: the Content Security Policy allows no inline styles. */}
              <svg aria-hidden="true" focusable="false" className="mt-1 ml-5 block h-2 w-[calc(100%-1.25rem)]">
                <rect width="100%" height="8" rx="4" className="fill-paper-tint stroke-line print:stroke-1" strokeWidth="0" />
                <rect
                  x={`${left}%`}
                  width={`${width}%`}
                  height="8"
                  rx="4"
                  className={`${kind.bar} stroke-ink print:stroke-1`}
                  strokeWidth="0"
                />
              </svg>
            </li>
          )
        })}
      </ol>
      <p className="mt-4 mb-0 flex flex-wrap gap-x-4 text-sm" aria-hidden="true">
        {Object.values(KIND).map((kind) => (
          <span key={kind.word}>
            <span className="font-bold">{kind.marker}</span> {t[kind.word]}
          </span>
        ))}
      </p>
    </section>
  )
}
