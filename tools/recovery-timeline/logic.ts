import { z } from 'zod'
import modelData from '@/content/triage/model.json'
import { citationKey, slug } from '@/lib/content/schemas/primitives'
import { actionFor, levelOf, rank, sentenceText, type Level, type TriageModel } from '@/lib/triage/engine'

/** The triage model, checked by lib/triage/schema.ts in the content check: the only source of a warning's level and action. */
export const triageModel = modelData as TriageModel

/** The weeks after treatment, from content/tools/recovery-timeline.json. */

export const timelineEventSchema = z
  .strictObject({
    id: slug,
    kind: z.enum(['effect', 'side-effect', 'warning'], { error: 'must be "effect", "side-effect" or "warning"' }),
    label: z.string().trim().min(1),
    when: z.string().trim().min(1),
    fromDay: z.number().int().min(0),
    toDay: z.number().int().min(0),
    detail: z.string().trim().min(1),
    /**
     * Warning signs to watch for in this time, as triage model sign or
     * combination ids: their level, wording and action come from the model,
     * never from this file.
     */
    warnings: z.array(slug).min(1, 'must name at least one sign or combination').optional(),
    sources: z.array(citationKey).min(1, 'must name at least one source'),
  })
  .refine((event) => event.toDay >= event.fromDay, { message: 'must not be before fromDay', path: ['toDay'] })

export const recoveryTimelineSchema = z
  .strictObject({
    scaleDays: z.number().int().positive(),
    events: z.array(timelineEventSchema).min(1),
  })
  .superRefine((timeline, context) => {
    timeline.events.forEach((event, index) => {
      event.warnings?.forEach((id, warningIndex) => {
        if (!triageModel.signs.some((sign) => sign.id === id) && !triageModel.combinations.some((combination) => combination.id === id)) {
          context.addIssue({
            code: 'custom',
            path: ['events', index, 'warnings', warningIndex],
            message: `"${id}" is not a sign or combination in content/triage/model.json`,
          })
        }
      })
      if (event.toDay > timeline.scaleDays) {
        context.addIssue({
          code: 'custom',
          path: ['events', index, 'toDay'],
          message: `must be within the ${timeline.scaleDays}-day scale`,
        })
      }
    })
  })

export type RecoveryTimelineData = z.infer<typeof recoveryTimelineSchema>
export type TimelineEvent = z.infer<typeof timelineEventSchema>

/** Events in the order a reader lives them: by start day, then by end day. */
export function orderedEvents(timeline: RecoveryTimelineData): TimelineEvent[] {
  return [...timeline.events].sort((a, b) => a.fromDay - b.fromDay || a.toDay - b.toDay)
}

/** Position of an event on the scale, as percentages for the bar drawn beside the text. */
export function barPosition(event: TimelineEvent, scaleDays: number): { left: number; width: number } {
  const left = (event.fromDay / scaleDays) * 100
  // A one-day event still gets a visible bar.
  const width = Math.max(((event.toDay - event.fromDay) / scaleDays) * 100, 1.5)
  return { left: Math.round(left * 10) / 10, width: Math.round(Math.min(width, 100 - left) * 10) / 10 }
}

export function timelineSources(timeline: RecoveryTimelineData): string[] {
  return [...new Set(timeline.events.flatMap((event) => event.sources))]
}

/** The model's timeframes that overlap an event's days. */
function timeframesDuring(model: TriageModel, event: Pick<TimelineEvent, 'fromDay' | 'toDay'>) {
  return model.timeframes.filter(
    (timeframe) => timeframe.fromDay <= event.toDay && (timeframe.toDay === null || timeframe.toDay >= event.fromDay),
  )
}

export type TimelineWarning = { id: string; level: Level; label: string; advice: string | null; actionTitle: string }

/**
 * An event's warning signs as the model says them: each at the most serious
 * level the model gives it in any timeframe the event overlaps, most serious
 * first, with the model's label, the sign's own advice when the sign's own
 * level decides (a time rule's or combination's words otherwise), and the level's action.
 */
export function timelineWarnings(model: TriageModel, event: Pick<TimelineEvent, 'fromDay' | 'toDay' | 'warnings'>): TimelineWarning[] {
  const timeframes = timeframesDuring(model, event)
  return (event.warnings ?? [])
    .map((id) => {
      const combination = model.combinations.find((item) => item.id === id)
      const levels = timeframes.map((timeframe) => levelOf(model, id, { timeframe: timeframe.id }))
      const level = levels.reduce<Level>((top, next) => (rank(next) > rank(top) ? next : top), levels[0] ?? 'routine')
      const sign = combination ? undefined : model.signs.find((item) => item.id === id)
      const rule = sign ? model.timeRules.find((item) => item.sign === id && item.level === level) : undefined
      const advice = combination
        ? sentenceText(model, `combination.${id}.reason`)
        : rule
          ? sentenceText(model, `timeRule.${rule.id}.reason`)
          : sign?.level === level && sign.advice
            ? sentenceText(model, `sign.${id}.advice`)
            : null
      return {
        id,
        level,
        label: sentenceText(model, combination ? `combination.${id}.label` : `sign.${id}.label`),
        advice,
        actionTitle: sentenceText(model, `action.${actionFor(model, level)}.title`),
      }
    })
    .sort((a, b) => rank(b.level) - rank(a.level))
}
