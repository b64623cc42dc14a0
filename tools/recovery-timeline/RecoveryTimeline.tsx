import type { ReactNode } from 'react'
import { CARE_LEVELS } from '@/components/mdx/CareCardFrame'
import { barPosition, orderedEvents, timelineWarnings, triageModel, type RecoveryTimelineData } from '@/tools/recovery-timeline/logic'

const KIND = {
  effect: { word: 'Treatment effect', bar: 'fill-brand', marker: '●' },
  'side-effect': { word: 'Possible side effect', bar: 'fill-care-urgent', marker: '▲' },
  warning: { word: 'Warning sign window', bar: 'fill-care-emergency', marker: '!' },
} as const

type RecoveryTimelineProps = {
  timeline: RecoveryTimelineData
  /** Renders the numbered citation markers for an event's sources. */
  cite?: (keys: readonly string[]) => ReactNode
}

/**
 * The weeks after treatment as an ordered list: the words carry everything and
 * the bars only echo them, so it reads the same on a narrow phone, in print
 * and with a screen reader.
 */
export function RecoveryTimeline({ timeline, cite }: RecoveryTimelineProps) {
  return (
    <section aria-labelledby="recovery-timeline" className="recovery-timeline not-prose my-8 rounded-md border border-line bg-paper p-4">
      <h3 id="recovery-timeline" className="m-0 text-lg font-bold">
        What to expect in the weeks after treatment
      </h3>
      <p className="mt-1 mb-0 text-sm text-ink-muted">
        The bars show each time span on a scale from the day of treatment to day {timeline.scaleDays} (about 4 months).
      </p>
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
                <strong>{event.when}:</strong> {event.label}.<span className="sr-only"> ({kind.word})</span>
              </p>
              <p className="mt-0.5 mb-0 pl-5 text-[0.95rem]">
                {event.detail}
                {cite?.(event.sources)}
              </p>
              {event.warnings ? (
                // Level, wording and action from the triage model (content/triage/model.json); the level is a word, never only a colour.
                <ul className="mt-1 mb-0 list-disc pl-10 text-[0.95rem]" data-part="warnings">
                  {timelineWarnings(triageModel, event).map((warning) => (
                    <li key={warning.id} data-level={warning.level} data-signs={warning.id}>
                      <strong>{`${CARE_LEVELS[warning.level].label}: `}</strong>
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
            <span className="font-bold">{kind.marker}</span> {kind.word}
          </span>
        ))}
      </p>
    </section>
  )
}
