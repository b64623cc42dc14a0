import { z } from 'zod'
import type { ContentIssue } from '@/lib/content/rules/types'
import { LEVELS, rank, type Level } from './engine'
import { LOCALES, type Locale } from '@/lib/i18n/locales'
import { forEdition, inEdition } from './locale'

/**
 * The build-time check of content/triage/model.json, the one place where the
 * site says how urgent a sign is and what to do. Kept apart from engine.ts so
 * that zod never reaches the browser: the engine only imports the types.
 *
 * Beyond the shape, the cross-checks below (which run once the shape is right,
 * as zod runs refinements only on well-formed input) catch the mistakes that would make
 * the advice unsafe or contradictory: an id that points nowhere, levels out of
 * order, a rule that lowers a level, and a claim with no source.
 */

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase words joined by hyphens')
const text = z.string().trim().min(1, 'must not be empty')
const citationKey = z.string().regex(/^[A-Z0-9]+(?:-[A-Z0-9]+)*$/, 'must be an upper-case citation key such as NHS-BOTOX')
const sources = z.array(citationKey).min(1, 'must name at least one source')
const level = z.enum(LEVELS, { error: `must be one of: ${LEVELS.join(', ')}` })
const ids = z.array(slug)
/**
 * The editions of the site (LOCALES) a region or an action step belongs to (lib/triage/locale.ts):
 * `["en"]` for the UK's numbers and services, `["es"]` for Mexico's. Without it, every edition.
 */
const locales = z
  .array(z.enum(LOCALES, { error: `must be one of: ${LOCALES.join(', ')}` }))
  .min(1, 'must name at least one edition; leave "locales" out for every edition')
  .optional()

const signSchema = z.strictObject({
  id: slug,
  groups: ids.min(1, 'must name at least one group'),
  level,
  /** What a reader ticks, and the words a care card lists. */
  label: text,
  /** Neutral background, safe to show whatever level the answer has: it must never say what to do. */
  about: text.optional(),
  /**
   * What to do when this sign, at its own level, decides the answer. It says
   * how soon, never who to contact: the level's action names who, so that a
   * modifier can send the reader to a doctor instead of back to the injector.
   */
  advice: text.optional(),
  /** Signs only offered to readers who chose one of these modifiers. */
  offeredWith: ids.optional(),
  sources,
})

export const triageModelShape = z.strictObject({
  levels: z.array(z.strictObject({ id: level, action: slug })).min(1, 'must list the levels'),
  regions: z.array(z.strictObject({ id: slug, label: text, locales })).min(1, 'must list the regions'),
  timeframes: z
    .array(z.strictObject({ id: slug, label: text, fromDay: z.number().int().min(0), toDay: z.number().int().min(0).nullable() }))
    .min(2, 'must list at least two timeframes'),
  groups: z.array(z.strictObject({ id: slug, label: text })).min(1, 'must list the groups'),
  signs: z.array(signSchema).min(1, 'must list the signs'),
  timeRules: z.array(z.strictObject({ id: slug, sign: slug, from: slug, level, reason: text, sources })),
  modifiers: z.array(
    z.strictObject({
      id: slug,
      label: text,
      about: text.optional(),
      raises: z.strictObject({ groups: ids.optional(), signs: ids.optional() }),
      level,
      reason: text,
      /** The action to give instead of the level's own, at each level, when this modifier is chosen. */
      actions: z.partialRecord(level, slug).optional(),
      sources,
    }),
  ),
  combinations: z.array(
    z.strictObject({ id: slug, signs: ids.min(2, 'must name at least two signs'), level, label: text, reason: text, sources }),
  ),
  actions: z
    .array(
      z.strictObject({
        id: slug,
        level,
        title: text,
        steps: z.array(z.strictObject({ id: slug, regions: ids.optional(), locales, text })).min(1, 'must have at least one step'),
        sources,
      }),
    )
    .min(1, 'must list the actions'),
  safetyNet: z
    .array(z.strictObject({ id: slug, levels: z.array(level).min(1, 'must name at least one level'), text, sources }))
    .min(1, 'must have a safety net'),
})

export type TriageModel = z.infer<typeof triageModelShape>
export type Sign = TriageModel['signs'][number]

type Context = z.RefinementCtx<TriageModel>
type Path = (string | number)[]

/** Words that give an instruction; "about" text is shown beside answers of any level, so it must not carry one. */
const INSTRUCTION = /\b(911|999|112|111)\b/

function checkIdsUnique(context: Context, list: { id: string }[], path: Path, what: string) {
  const seen = new Set<string>()
  list.forEach((item, index) => {
    if (seen.has(item.id)) context.addIssue({ code: 'custom', path: [...path, index, 'id'], message: `${what} "${item.id}" is used twice` })
    seen.add(item.id)
  })
}

function checkKnown(context: Context, known: ReadonlySet<string>, values: readonly string[] | undefined, path: Path, what: string) {
  values?.forEach((value, index) => {
    if (!known.has(value)) context.addIssue({ code: 'custom', path: [...path, index], message: `"${value}" is not one of the ${what}` })
  })
}

/**
 * The model's schema. `knownSources` is every citation key the site's reference
 * data holds; it is a parameter so that the check can be tested. With null, the
 * keys are not looked up here: the content rules' data-file check
 * (lib/content/rules/data-files.ts) looks up every "sources" key of every data
 * file, this one included, against content/references.json.
 */
export function triageModelSchema(knownSources: Iterable<string> | null) {
  const knownKeys = knownSources === null ? null : new Set(knownSources)
  return triageModelShape.superRefine((model, context) => {
    for (const [name, list] of [
      ['levels', model.levels],
      ['regions', model.regions],
      ['timeframes', model.timeframes],
      ['groups', model.groups],
      ['signs', model.signs],
      ['timeRules', model.timeRules],
      ['modifiers', model.modifiers],
      ['combinations', model.combinations],
      ['actions', model.actions],
      ['safetyNet', model.safetyNet],
    ] as const) {
      checkIdsUnique(context, list, [name], name === 'safetyNet' ? 'safety-net item' : name.replace(/s$/, ''))
    }

    // Levels: the engine ranks them in this fixed order, so the file must say the same.
    if (model.levels.length !== LEVELS.length) {
      context.addIssue({
        code: 'custom',
        path: ['levels'],
        message: `must list exactly ${LEVELS.length} levels, most serious first: ${LEVELS.join(', ')}`,
      })
    } else {
      // Only the first misplaced level is reported: one swap would otherwise read as two mistakes.
      const index = model.levels.findIndex((entry, position) => entry.id !== LEVELS[position])
      if (index >= 0) {
        context.addIssue({
          code: 'custom',
          path: ['levels', index, 'id'],
          message: `must be "${LEVELS[index]}" here: levels go from most to least serious (${LEVELS.join(', ')})`,
        })
      }
    }
    const actionById = new Map(model.actions.map((action) => [action.id, action]))
    const checkAction = (actionId: string, wanted: Level, path: Path) => {
      const action = actionById.get(actionId)
      if (!action) context.addIssue({ code: 'custom', path, message: `"${actionId}" is not one of the actions` })
      else if (action.level !== wanted)
        context.addIssue({
          code: 'custom',
          path,
          message: `"${actionId}" is an action for the ${action.level} level, not the ${wanted} level`,
        })
    }
    model.levels.forEach((entry, index) => checkAction(entry.action, entry.id, ['levels', index, 'action']))

    // Timeframes: contiguous days from 0, open-ended only at the end, so "later" always means later.
    model.timeframes.forEach((timeframe, index) => {
      const previous = model.timeframes[index - 1]
      const expectedFrom = previous ? (previous.toDay ?? Number.NaN) + 1 : 0
      if (timeframe.fromDay !== expectedFrom) {
        context.addIssue({
          code: 'custom',
          path: ['timeframes', index, 'fromDay'],
          message: `must be ${Number.isNaN(expectedFrom) ? 'the last timeframe: only the last may be open-ended' : expectedFrom}: timeframes follow on from each other, earliest first`,
        })
      }
      const last = index === model.timeframes.length - 1
      if (last && timeframe.toDay !== null)
        context.addIssue({ code: 'custom', path: ['timeframes', index, 'toDay'], message: 'must be null: the last timeframe has no end' })
      if (!last && timeframe.toDay !== null && timeframe.toDay < timeframe.fromDay) {
        context.addIssue({ code: 'custom', path: ['timeframes', index, 'toDay'], message: 'must not be before fromDay' })
      }
    })

    const regionIds = new Set(model.regions.map((region) => region.id))
    const groupIds = new Set(model.groups.map((group) => group.id))
    const signById = new Map(model.signs.map((sign) => [sign.id, sign]))
    const signIds = new Set(signById.keys())
    const modifierIds = new Set(model.modifiers.map((modifier) => modifier.id))
    const timeframeIndex = new Map(model.timeframes.map((timeframe, index) => [timeframe.id, index]))

    model.signs.forEach((sign, index) => {
      checkKnown(context, groupIds, sign.groups, ['signs', index, 'groups'], 'groups')
      checkKnown(context, modifierIds, sign.offeredWith, ['signs', index, 'offeredWith'], 'modifiers')
      if (sign.about && INSTRUCTION.test(sign.about)) {
        context.addIssue({
          code: 'custom',
          path: ['signs', index, 'about'],
          message: 'must not tell the reader what to do (it is shown at every level); put instructions in "advice"',
        })
      }
    })
    model.groups.forEach((group, index) => {
      if (!model.signs.some((sign) => sign.groups.includes(group.id)))
        context.addIssue({ code: 'custom', path: ['groups', index, 'id'], message: `group "${group.id}" has no signs` })
    })

    model.timeRules.forEach((rule, index) => {
      const sign = signById.get(rule.sign)
      if (!sign) context.addIssue({ code: 'custom', path: ['timeRules', index, 'sign'], message: `"${rule.sign}" is not one of the signs` })
      if (!timeframeIndex.has(rule.from))
        context.addIssue({ code: 'custom', path: ['timeRules', index, 'from'], message: `"${rule.from}" is not one of the timeframes` })
      if (sign && rank(rule.level) <= rank(sign.level)) {
        context.addIssue({
          code: 'custom',
          path: ['timeRules', index, 'level'],
          message: `must be more serious than the sign's own level (${sign.level}): a time rule may only raise a level`,
        })
      }
      // A rule that starts later but gives a lower level would read as "it gets less serious with time".
      model.timeRules.forEach((other) => {
        const start = timeframeIndex.get(rule.from)
        const otherStart = timeframeIndex.get(other.from)
        if (
          other !== rule &&
          other.sign === rule.sign &&
          start !== undefined &&
          otherStart !== undefined &&
          otherStart < start &&
          rank(rule.level) < rank(other.level)
        ) {
          context.addIssue({
            code: 'custom',
            path: ['timeRules', index, 'level'],
            message: `must not be lower than "${other.id}" (${other.level}), which starts earlier: a later timeframe may not lower a level`,
          })
        }
      })
    })

    model.modifiers.forEach((modifier, index) => {
      checkKnown(context, groupIds, modifier.raises.groups, ['modifiers', index, 'raises', 'groups'], 'groups')
      checkKnown(context, signIds, modifier.raises.signs, ['modifiers', index, 'raises', 'signs'], 'signs')
      if (!modifier.raises.groups?.length && !modifier.raises.signs?.length) {
        context.addIssue({ code: 'custom', path: ['modifiers', index, 'raises'], message: 'must name at least one group or sign' })
      }
      for (const [key, actionId] of Object.entries(modifier.actions ?? {})) {
        if (actionId) checkAction(actionId, key as Level, ['modifiers', index, 'actions', key])
      }
    })

    model.combinations.forEach((combination, index) => {
      checkKnown(context, signIds, combination.signs, ['combinations', index, 'signs'], 'signs')
      combination.signs.forEach((id, signIndex) => {
        if (combination.signs.indexOf(id) !== signIndex)
          context.addIssue({ code: 'custom', path: ['combinations', index, 'signs', signIndex], message: `"${id}" is named twice` })
        const sign = signById.get(id)
        if (sign && rank(combination.level) < rank(sign.level)) {
          context.addIssue({
            code: 'custom',
            path: ['combinations', index, 'level'],
            message: `must not be lower than the level of "${id}" (${sign.level}): a combination may only raise a level`,
          })
        }
      })
    })

    model.actions.forEach((action, index) => {
      checkIdsUnique(context, action.steps, ['actions', index, 'steps'], 'step')
      action.steps.forEach((step, stepIndex) =>
        checkKnown(context, regionIds, step.regions, ['actions', index, 'steps', stepIndex, 'regions'], 'regions'),
      )
    })

    // Editions: each shows some region and some step of every action, and a step only names regions its editions have.
    const regionById = new Map(model.regions.map((region) => [region.id, region]))
    for (const edition of LOCALES) {
      if (!model.regions.some((region) => inEdition(region, edition)))
        context.addIssue({ code: 'custom', path: ['regions'], message: `must list at least one region for the "${edition}" edition` })
      model.actions.forEach((action, index) => {
        if (!action.steps.some((step) => inEdition(step, edition)))
          context.addIssue({
            code: 'custom',
            path: ['actions', index, 'steps'],
            message: `must have at least one step for the "${edition}" edition`,
          })
        action.steps.forEach((step, stepIndex) => {
          if (!inEdition(step, edition)) return
          step.regions?.forEach((id, regionIndex) => {
            const region = regionById.get(id)
            if (region && !inEdition(region, edition)) {
              context.addIssue({
                code: 'custom',
                path: ['actions', index, 'steps', stepIndex, 'regions', regionIndex],
                message: `region "${id}" is not in the "${edition}" edition, but this step is: give the step "locales" that leave that edition out`,
              })
            }
          })
        })
      })
    }
    for (const level of LEVELS) {
      if (!model.safetyNet.some((item) => item.levels.includes(level)))
        context.addIssue({ code: 'custom', path: ['safetyNet'], message: `must say what to do if things get worse at the ${level} level` })
    }

    // Sources: every key must be in the reference data, so that each card can list what it rests on.
    const checkSources = (keys: readonly string[], path: Path) => {
      if (knownKeys) checkKnown(context, knownKeys, keys, path, 'references in content/references.json')
    }
    model.signs.forEach((item, index) => checkSources(item.sources, ['signs', index, 'sources']))
    model.timeRules.forEach((item, index) => checkSources(item.sources, ['timeRules', index, 'sources']))
    model.modifiers.forEach((item, index) => checkSources(item.sources, ['modifiers', index, 'sources']))
    model.combinations.forEach((item, index) => checkSources(item.sources, ['combinations', index, 'sources']))
    model.actions.forEach((item, index) => checkSources(item.sources, ['actions', index, 'sources']))
    model.safetyNet.forEach((item, index) => checkSources(item.sources, ['safetyNet', index, 'sources']))
  })
}

/**
 * The schema the content data-file registry (lib/content/data-files.ts) runs:
 * shape and cross-checks, with citation keys looked up by the registry's own rule.
 * Its value is the English edition (forEdition in lib/triage/locale.ts): the
 * regions and steps of other editions removed, as the English pages show it.
 * Another edition starts from the file with triageModelSchema and forEdition.
 */
export const triageModelFileSchema = triageModelSchema(null).transform((model) => forEdition(model, 'en'))

/** Every problem with a model file, as the site's content check reports them: file, field and reason. */
function toIssues(file: string, error: z.ZodError | undefined): ContentIssue[] {
  return (error?.issues ?? []).map((issue) => ({ file, field: issue.path.map(String).join('.') || '(whole file)', reason: issue.message }))
}

export function triageModelIssues(file: string, data: unknown, knownSources: Iterable<string>): ContentIssue[] {
  return toIssues(file, triageModelSchema(knownSources).safeParse(data).error)
}

/**
 * The model, checked, as one edition shows it (English unless told);
 * throws one error listing every problem, each with file, field and reason.
 */
export function parseTriageModel(file: string, data: unknown, knownSources: Iterable<string>, edition: Locale = 'en'): TriageModel {
  const result = triageModelSchema(knownSources).safeParse(data)
  if (result.success) return forEdition(result.data, edition)
  const issues = toIssues(file, result.error)
  throw new Error(
    `Triage model check failed with ${issues.length} problem(s):\n${issues.map((issue) => `  ✖ ${issue.file} › ${issue.field}: ${issue.reason}`).join('\n')}`,
  )
}
