import { z } from 'zod'
import { citationKey, slug } from '@/lib/content/schemas/primitives'
import { LEVEL_ORDER, rank } from './logic'

/** The build-time check of content/tools/symptom-guide.json (kept apart so zod never reaches the browser). */

const level = z.enum(LEVEL_ORDER, { error: 'must be "emergency", "urgent" or "routine"' })
const sources = z.array(citationKey).min(1, 'must name at least one source')
const text = z.string().trim().min(1)

const symptomSchema = z
  .strictObject({
    id: slug,
    label: text,
    level,
    note: text.optional(),
    settles: text.optional(),
    watchFor: text.optional(),
    escalate: z.strictObject({ from: slug, level, reason: text }).optional(),
    sources,
  })
  .refine((symptom) => symptom.level !== 'routine' || (symptom.settles && symptom.watchFor), {
    message: 'a routine symptom must say how it usually settles (settles) and what to watch for (watchFor)',
    path: ['settles'],
  })

export const symptomGuideSchema = z
  .strictObject({
    timeframes: z.array(z.strictObject({ id: slug, label: text })).min(2),
    levels: z.strictObject({
      // The emergency answer cannot point to anything more serious, so it says why it must not wait instead.
      emergency: z.strictObject({ title: text, advice: text, moreSerious: text, sources }),
      urgent: z.strictObject({ title: text, advice: text, sources }),
      routine: z.strictObject({ title: text, advice: text, sources }),
    }),
    worseSigns: z.strictObject({ text, sources }),
    symptoms: z.array(symptomSchema).min(1),
    combinations: z.array(z.strictObject({ id: slug, symptoms: z.array(slug).min(2), level, reason: text, sources })),
  })
  .superRefine((guide, context) => {
    const symptomIds = new Set<string>()
    guide.symptoms.forEach((symptom, index) => {
      if (symptomIds.has(symptom.id))
        context.addIssue({ code: 'custom', path: ['symptoms', index, 'id'], message: `"${symptom.id}" is used twice` })
      symptomIds.add(symptom.id)
      if (symptom.escalate && !guide.timeframes.some((timeframe) => timeframe.id === symptom.escalate?.from)) {
        context.addIssue({
          code: 'custom',
          path: ['symptoms', index, 'escalate', 'from'],
          message: `"${symptom.escalate.from}" is not one of the timeframes`,
        })
      }
      if (symptom.escalate && rank(symptom.escalate.level) <= rank(symptom.level)) {
        context.addIssue({
          code: 'custom',
          path: ['symptoms', index, 'escalate', 'level'],
          message: 'must be more serious than the symptom’s own level',
        })
      }
    })
    guide.combinations.forEach((combination, index) => {
      combination.symptoms.forEach((id, symptomIndex) => {
        if (!symptomIds.has(id))
          context.addIssue({
            code: 'custom',
            path: ['combinations', index, 'symptoms', symptomIndex],
            message: `"${id}" is not one of the symptoms`,
          })
      })
    })
  })

export type SymptomGuideData = z.infer<typeof symptomGuideSchema>
