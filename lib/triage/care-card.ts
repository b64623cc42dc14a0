import type { Locale } from '../i18n/locales'
import { mdxMessages } from '../../components/mdx/messages'
import {
  actionFor,
  actionSteps,
  assess,
  combinationsInGroups,
  isLevel,
  levelOf,
  rank,
  sentenceText,
  signsInGroups,
  type Level,
  type TriageModel,
} from './engine'

/**
 * What a care card that names signs shows, all of it taken from the triage
 * model (content/triage/model.json): the signs' labels and their own advice or
 * the rule that decides their level, the level's action with every region's
 * steps, and the sources of each. Pure and browser-safe (no zod, no I/O).
 *
 * An author writes `<CareCard level="emergency" groups={["toxin-spread"]} />`
 * or `signs={["drooping-eyelid"]}`; the card's level is checked against the
 * model for every sign it lists, and a card that gives a sign another level
 * throws, naming the card and the sign, so the build stops.
 */

export type CareCardSpec = {
  level: string
  title?: string
  /** Sign or combination ids, listed in this order. */
  signs?: readonly string[]
  /** Group ids: every sign and combination of these groups that the model puts at the card's level. */
  groups?: readonly string[]
  /** A timeframe id: the card is about this time after treatment (time rules apply). */
  timeframe?: string
  /** Modifier ids the card is about (for example "outside-clinic"). */
  modifiers?: readonly string[]
}

export type CareCardItem = {
  id: string
  kind: 'sign' | 'combination'
  label: string
  /** Whole sentences from the model: the sign's advice, or the reason a rule gives it this level, and later time rules. */
  notes: string[]
  sources: string[]
}

export type CareCardContent = {
  level: Level
  items: CareCardItem[]
  action: { id: string; title: string; steps: string[]; sources: string[] }
  /** Every source the card shows, in the order it shows them. */
  sources: string[]
}

const unique = <T>(values: Iterable<T>): T[] => [...new Set(values)]

function cardName(spec: CareCardSpec): string {
  return spec.title ? `CareCard "${spec.title}"` : `CareCard level="${spec.level}"`
}

/** True when a card names its signs from the model rather than in free text. */
export function isModelCard(spec: Pick<CareCardSpec, 'signs' | 'groups'>): boolean {
  return spec.signs !== undefined || spec.groups !== undefined
}

/** The ids a card lists: its signs in the order written, then its groups' signs and combinations at its level. */
export function cardItemIds(model: TriageModel, spec: CareCardSpec & { level: Level }): string[] {
  const options = { level: spec.level, timeframe: spec.timeframe, modifiers: spec.modifiers }
  const fromGroups = spec.groups
    ? [
        ...signsInGroups(model, spec.groups, options).map((sign) => sign.id),
        ...combinationsInGroups(model, spec.groups, { level: spec.level }).map((combination) => combination.id),
      ]
    : []
  return unique([...(spec.signs ?? []), ...fromGroups])
}

/**
 * The card's content; throws an Error naming the card and the sign when the
 * card's level is not the model's level for a sign it lists (in its timeframe,
 * with its modifiers), or when it names something the model does not have.
 */
export function careCardContent(model: TriageModel, spec: CareCardSpec): CareCardContent {
  const name = cardName(spec)
  const level = spec.level
  if (!isLevel(level)) throw new Error(`${name}: unknown level "${level}"; use emergency, urgent or routine`)
  const modifiers = [...(spec.modifiers ?? [])]
  for (const id of modifiers)
    if (!model.modifiers.some((modifier) => modifier.id === id)) throw new Error(`${name}: "${id}" is not a modifier in the triage model`)
  if (spec.timeframe !== undefined && !model.timeframes.some((timeframe) => timeframe.id === spec.timeframe))
    throw new Error(`${name}: "${spec.timeframe}" is not a timeframe in the triage model`)
  for (const id of spec.groups ?? [])
    if (!model.groups.some((group) => group.id === id)) throw new Error(`${name}: "${id}" is not a group in the triage model`)

  const ids = cardItemIds(model, { ...spec, level })
  if (ids.length === 0) throw new Error(`${name}: lists no sign; the triage model has none at the ${level} level in its groups`)
  const timeframe = spec.timeframe ?? model.timeframes[0]?.id
  const items = ids.map((id): CareCardItem => {
    const combination = model.combinations.find((item) => item.id === id)
    const sign = model.signs.find((item) => item.id === id)
    if (!combination && !sign)
      throw new Error(`${name}: "${id}" is not a sign or combination in the triage model (content/triage/model.json)`)
    const expected = levelOf(model, id, { timeframe: spec.timeframe, modifiers })
    if (expected !== level) {
      throw new Error(
        `${name} shows "${id}" at the ${level} level, but the triage model (content/triage/model.json) puts it at ${expected}` +
          `${spec.timeframe ? ` ${spec.timeframe}` : ''}${modifiers.length ? ` with ${modifiers.join(', ')}` : ''}: move it to a card of that level`,
      )
    }
    const answer = assess(model, { signs: combination ? combination.signs : [id], timeframe, modifiers })
    const reasons = answer?.reasons ?? []
    // Background ("about") sentences are left to the articles; the card says what decides the level and what to do.
    const sentenceIds = reasons.flatMap((reason) => reason.sentences).filter((sentence) => !sentence.endsWith('.about'))
    const sources = reasons.flatMap((reason) => reason.sources)
    // Without a timeframe, the card is about the first days; later time rules that raise the sign above the card's level are shown beside it.
    if (sign && spec.timeframe === undefined) {
      for (const rule of model.timeRules.filter((candidate) => candidate.sign === sign.id && rank(candidate.level) > rank(level))) {
        sentenceIds.push(`timeRule.${rule.id}.reason`)
        sources.push(...rule.sources)
      }
    }
    return {
      id,
      kind: combination ? 'combination' : 'sign',
      label: (combination ?? sign)!.label,
      notes: unique(sentenceIds).map((sentence) => sentenceText(model, sentence)),
      sources: unique(sources),
    }
  })
  const actionId = actionFor(model, level, modifiers)
  const action = model.actions.find((candidate) => candidate.id === actionId)!
  const steps = actionSteps(model, actionId).map((step) => sentenceText(model, step.sentence))
  return {
    level,
    items,
    action: { id: actionId, title: action.title, steps, sources: [...action.sources] },
    sources: unique([...items.flatMap((item) => item.sources), ...action.sources]),
  }
}

/**
 * The card's words in the order the card shows them, one line each: heading,
 * the signs with their notes, the action and its steps. Citation markers and
 * the level badge are left out. For places that need the card as plain text,
 * such as a questions page's structured data, which must say what the page says.
 * The content comes from the edition's model; `locale` gives the card's own line
 * before the signs (components/mdx/messages.ts) in the same language.
 */
export function careCardLines(content: CareCardContent, title: string | undefined, locale: Locale): string[] {
  return [
    title ?? content.action.title,
    mdxMessages[locale].cardIntro,
    ...content.items.flatMap((item) => [item.label, ...item.notes]),
    // An author's title replaces the action title as heading, so the body says the action instead.
    ...(title !== undefined ? [content.action.title] : []),
    ...content.action.steps,
  ]
}

/**
 * The sources a card shows, in order, or none when the card cannot be built
 * (the card itself then stops the build with the reason). For the page's
 * citation list, which is worked out from the MDX before anything renders.
 */
export function careCardSources(model: TriageModel, spec: CareCardSpec): string[] {
  try {
    return careCardContent(model, spec).sources
  } catch {
    return []
  }
}
