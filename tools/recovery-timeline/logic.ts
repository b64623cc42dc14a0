import { z } from 'zod'
import { citationKey, slug } from '@/lib/content/schemas/primitives'

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
