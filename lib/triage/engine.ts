import type { Sign, TriageModel } from './schema'

/**
 * The triage engine: applies content/triage/model.json to what a reader ticked.
 *
 * Browser-safe and pure: no zod (the model is checked at build time by
 * schema.ts, whose types alone are imported here), no I/O, no state.
 *
 * Safety rules it keeps, whatever the data says:
 * - the most serious level found anywhere wins, so adding a sign, a later
 *   timeframe or a modifier can never lower an answer, and nothing lowers an emergency;
 * - only sentences that belong to the answer's level are returned as reasons,
 *   so no lower-level advice ("tell the clinic") can sit beside an emergency;
 *   other ticked signs are named in `alsoNoted`, to be shown by label and neutral "about" text only;
 * - an unknown timeframe counts as the latest one that would raise a sign,
 *   because timing alone cannot rule the treatment in or out.
 */

/** Most serious first, as in the site's care cards (CareCard level="emergency|urgent|routine"). */
export const LEVELS = ['emergency', 'urgent', 'routine'] as const
export type Level = (typeof LEVELS)[number]
export type { TriageModel, Sign }

/** Higher is more serious. */
export function rank(level: Level): number {
  return LEVELS.length - 1 - LEVELS.indexOf(level)
}

export function isLevel(value: string): value is Level {
  return (LEVELS as readonly string[]).includes(value)
}

export type TriageInput = {
  /** Sign ids the reader ticked. */
  signs: readonly string[]
  /** When the treatment was (a timeframe id); leave out when unknown. */
  timeframe?: string
  /** Modifier ids the reader chose. */
  modifiers?: readonly string[]
}

/** One thing that decided the answer's level: a sign, a time rule, a modifier or a combination. */
export type Reason = {
  kind: 'sign' | 'time-rule' | 'modifier' | 'combination'
  /** The id of the sign, time rule, modifier or combination. */
  id: string
  /** The ticked signs this reason is about. */
  signs: string[]
  level: Level
  /** Sentence ids (see sentenceText) that explain it, in reading order. */
  sentences: string[]
  sources: string[]
}

export type Assessment = {
  level: Level
  /** Everything at the answer's level that made it so, combinations first. */
  reasons: Reason[]
  /** Ticked signs below the answer's level and not part of a deciding combination: show by label and "about" only. */
  alsoNoted: string[]
  /** The action id to show (see actionSteps). */
  action: string
  /** Sentence ids of what to do if things get worse. */
  safetyNet: string[]
  sources: string[]
}

function byId<T extends { id: string }>(list: readonly T[], id: string, what: string): T {
  const found = list.find((item) => item.id === id)
  if (!found) throw new Error(`Triage: "${id}" is not one of the model's ${what}`)
  return found
}

function mostSerious(levels: Iterable<Level>): Level {
  let top: Level = LEVELS[LEVELS.length - 1] as Level
  for (const level of levels) if (rank(level) > rank(top)) top = level
  return top
}

function signSentences(sign: Sign, withAdvice: boolean): string[] {
  return [...(sign.about ? [`sign.${sign.id}.about`] : []), ...(withAdvice && sign.advice ? [`sign.${sign.id}.advice`] : [])]
}

/** Time rules that apply in this timeframe; with no timeframe, all of them (the most cautious reading). */
function timeRulesFor(model: TriageModel, signId: string, timeframe: string | undefined) {
  const rules = model.timeRules.filter((rule) => rule.sign === signId)
  if (timeframe === undefined) return rules
  const at = model.timeframes.findIndex((item) => item.id === timeframe)
  return rules.filter((rule) => model.timeframes.findIndex((item) => item.id === rule.from) <= at)
}

function modifierRaises(model: TriageModel, modifierId: string, sign: Sign): boolean {
  const modifier = byId(model.modifiers, modifierId, 'modifiers')
  return (modifier.raises.signs ?? []).includes(sign.id) || sign.groups.some((group) => (modifier.raises.groups ?? []).includes(group))
}

/**
 * What one sign says on its own, in this timeframe with these modifiers. When
 * levels tie, a modifier's reason is preferred to a time rule's, and a time
 * rule's to the sign's own, because the more specific reason carries the right
 * route (a modifier sends the reader to a doctor, not back to the injector).
 */
function signFinding(model: TriageModel, sign: Sign, timeframe: string | undefined, modifiers: readonly string[]): Reason {
  let best: Reason = {
    kind: 'sign',
    id: sign.id,
    signs: [sign.id],
    level: sign.level,
    sentences: signSentences(sign, true),
    sources: sign.sources,
  }
  const consider = (candidate: Reason) => {
    if (rank(candidate.level) >= rank(best.level)) best = candidate
  }
  for (const rule of timeRulesFor(model, sign.id, timeframe)) {
    consider({
      kind: 'time-rule',
      id: rule.id,
      signs: [sign.id],
      level: rule.level,
      sentences: [...signSentences(sign, false), `timeRule.${rule.id}.reason`],
      sources: rule.sources,
    })
  }
  for (const modifierId of modifiers) {
    if (!modifierRaises(model, modifierId, sign)) continue
    const modifier = byId(model.modifiers, modifierId, 'modifiers')
    consider({
      kind: 'modifier',
      id: modifier.id,
      signs: [sign.id],
      level: modifier.level,
      sentences: [...signSentences(sign, false), `modifier.${modifier.id}.reason`],
      sources: modifier.sources,
    })
  }
  return best
}

/** The action for a level, as changed by any chosen modifier (for example "a doctor, not the injector"). */
export function actionFor(model: TriageModel, level: Level, modifiers: readonly string[] = []): string {
  for (const modifierId of modifiers) {
    const override = byId(model.modifiers, modifierId, 'modifiers').actions?.[level]
    if (override) return override
  }
  return byId(model.levels, level, 'levels').action
}

/**
 * The answer for what the reader ticked, or null when no sign is ticked.
 * Throws on an id the model does not have: the page only offers the model's ids.
 */
export function assess(model: TriageModel, input: TriageInput): Assessment | null {
  const modifiers = [...new Set(input.modifiers ?? [])]
  modifiers.forEach((id) => byId(model.modifiers, id, 'modifiers'))
  if (input.timeframe !== undefined) byId(model.timeframes, input.timeframe, 'timeframes')
  const ticked = [...new Set(input.signs)]
  const signs = ticked.map((id) => byId(model.signs, id, 'signs'))
  if (signs.length === 0) return null

  const findings = signs.map((sign) => signFinding(model, sign, input.timeframe, modifiers))
  const combinations: Reason[] = model.combinations
    .filter((combination) => combination.signs.every((id) => ticked.includes(id)))
    .map((combination) => ({
      kind: 'combination',
      id: combination.id,
      signs: [...combination.signs],
      level: combination.level,
      sentences: [`combination.${combination.id}.reason`],
      sources: combination.sources,
    }))

  const level = mostSerious([...findings, ...combinations].map((finding) => finding.level))
  const deciding = [...combinations, ...findings].filter((finding) => finding.level === level)
  const covered = new Set(deciding.flatMap((reason) => reason.signs))
  const action = actionFor(model, level, modifiers)
  const safetyNet = model.safetyNet.filter((item) => item.levels.includes(level))
  const sources = [
    ...new Set([
      ...deciding.flatMap((reason) => reason.sources),
      ...byId(model.actions, action, 'actions').sources,
      ...safetyNet.flatMap((item) => item.sources),
    ]),
  ]
  return {
    level,
    reasons: deciding,
    alsoNoted: ticked.filter((id) => !covered.has(id)),
    action,
    safetyNet: safetyNet.map((item) => `safetyNet.${item.id}.text`),
    sources,
  }
}

/**
 * The level the model gives one sign or one combination (by id), in a
 * timeframe and with modifiers: what a care card or a page must show for it.
 * With no timeframe, the sign's own level before any time rule: a card that
 * lists a sign without a timeframe shows its time rules beside it.
 */
export function levelOf(model: TriageModel, id: string, options: { timeframe?: string; modifiers?: readonly string[] } = {}): Level {
  const combination = model.combinations.find((item) => item.id === id)
  const signs = combination ? combination.signs : [byId(model.signs, id, 'signs or combinations').id]
  const timeframe = options.timeframe ?? model.timeframes[0]?.id
  return (assess(model, { signs, timeframe, modifiers: options.modifiers }) as Assessment).level
}

/** Every level a sign can have across the timeframes (with these modifiers), most serious first. */
export function levelsAcrossTime(model: TriageModel, id: string, modifiers: readonly string[] = []): Level[] {
  const found = new Set(model.timeframes.map((timeframe) => levelOf(model, id, { timeframe: timeframe.id, modifiers })))
  return LEVELS.filter((level) => found.has(level))
}

/** Signs offered to a reader: all but those kept for a modifier the reader has not chosen. */
export function offeredSigns(model: TriageModel, modifiers: readonly string[] = []): Sign[] {
  return model.signs.filter((sign) => !sign.offeredWith || sign.offeredWith.some((id) => modifiers.includes(id)))
}

/**
 * Signs in any of these groups, in model order; with `level`, only those the
 * model puts at that level (in the timeframe, with the modifiers): what a care
 * card written as `<CareCard level="emergency" groups={["toxin-spread"]} />` lists.
 */
export function signsInGroups(
  model: TriageModel,
  groups: readonly string[],
  options: { level?: Level; timeframe?: string; modifiers?: readonly string[] } = {},
): Sign[] {
  groups.forEach((id) => byId(model.groups, id, 'groups'))
  return offeredSigns(model, options.modifiers)
    .filter((sign) => sign.groups.some((group) => groups.includes(group)))
    .filter((sign) => options.level === undefined || levelOf(model, sign.id, options) === options.level)
}

/** Combinations with at least one sign in these groups (and at `level`, if given). */
export function combinationsInGroups(
  model: TriageModel,
  groups: readonly string[],
  options: { level?: Level } = {},
): TriageModel['combinations'] {
  groups.forEach((id) => byId(model.groups, id, 'groups'))
  return model.combinations
    .filter((combination) => combination.signs.some((id) => byId(model.signs, id, 'signs').groups.some((group) => groups.includes(group))))
    .filter((combination) => options.level === undefined || combination.level === options.level)
}

/**
 * The full lists for the no-JavaScript version: each level with the signs the
 * model puts there on their own, the combinations that reach it, and the time
 * rules that raise a sign to it.
 */
export function listsByLevel(model: TriageModel, modifiers: readonly string[] = []) {
  const signs = offeredSigns(model, modifiers)
  return LEVELS.map((level) => ({
    level,
    action: actionFor(model, level, modifiers),
    signs: signs.filter((sign) => levelOf(model, sign.id, { modifiers }) === level).map((sign) => sign.id),
    combinations: model.combinations.filter((combination) => combination.level === level).map((combination) => combination.id),
    timeRules: model.timeRules.filter((rule) => rule.level === level).map((rule) => rule.id),
  }))
}

/** An action's steps for one region, or for every region when none is given (the site does not know where a reader is). */
export function actionSteps(model: TriageModel, actionId: string, region?: string) {
  const action = byId(model.actions, actionId, 'actions')
  return action.steps
    .filter((step) => region === undefined || !step.regions || step.regions.includes(region))
    .map((step) => ({ sentence: `action.${action.id}.step.${step.id}`, regions: step.regions ?? null }))
}

const sentenceCache = new WeakMap<TriageModel, Map<string, string>>()

/**
 * Every sentence in the model by a stable id built from the entity's id and
 * the field ("sign.drooping-eyelid.advice"). A translation supplies the same
 * ids with whole translated sentences; nothing is ever assembled from parts.
 */
export function sentences(model: TriageModel): Map<string, string> {
  const cached = sentenceCache.get(model)
  if (cached) return cached
  const map = new Map<string, string>()
  const put = (id: string, text: string | undefined) => {
    if (text !== undefined) map.set(id, text)
  }
  model.regions.forEach((region) => put(`region.${region.id}.label`, region.label))
  model.timeframes.forEach((timeframe) => put(`timeframe.${timeframe.id}.label`, timeframe.label))
  model.groups.forEach((group) => put(`group.${group.id}.label`, group.label))
  for (const sign of model.signs) {
    put(`sign.${sign.id}.label`, sign.label)
    put(`sign.${sign.id}.about`, sign.about)
    put(`sign.${sign.id}.advice`, sign.advice)
  }
  model.timeRules.forEach((rule) => put(`timeRule.${rule.id}.reason`, rule.reason))
  for (const modifier of model.modifiers) {
    put(`modifier.${modifier.id}.label`, modifier.label)
    put(`modifier.${modifier.id}.about`, modifier.about)
    put(`modifier.${modifier.id}.reason`, modifier.reason)
  }
  for (const combination of model.combinations) {
    put(`combination.${combination.id}.label`, combination.label)
    put(`combination.${combination.id}.reason`, combination.reason)
  }
  for (const action of model.actions) {
    put(`action.${action.id}.title`, action.title)
    action.steps.forEach((step) => put(`action.${action.id}.step.${step.id}`, step.text))
  }
  model.safetyNet.forEach((item) => put(`safetyNet.${item.id}.text`, item.text))
  sentenceCache.set(model, map)
  return map
}

/** The text of one sentence id; throws if the model has no such sentence. */
export function sentenceText(model: TriageModel, id: string): string {
  const text = sentences(model).get(id)
  if (text === undefined) throw new Error(`Triage: no sentence "${id}" in the model`)
  return text
}
