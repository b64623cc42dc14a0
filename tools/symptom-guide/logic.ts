import { careLevelWord } from '@/components/mdx/CareCardFrame'
import type { CareLevelMessages } from '@/components/mdx/messages'
import {
  actionSteps,
  assess,
  listsByLevel,
  offeredSigns,
  sentenceText,
  type Assessment,
  type Level,
  type Reason,
  type TriageInput,
  type TriageModel,
} from '@/lib/triage/engine'
import { format } from '@/lib/i18n/messages'
import type { SymptomGuideMessages } from './messages'

/**
 * "Is this normal after Botox?" runs on the triage model (content/triage/model.json)
 * and its engine (lib/triage/engine.ts): this module only turns the engine's
 * answer into what the page shows and what the reader can print or copy.
 * Every sentence comes from the model by its id; nothing is assembled from fragments.
 *
 * Browser-safe: no zod, no Node modules.
 */

/** The three care levels, least serious first, as the content rules (lib/content/rules/editorial.ts) name them. */
export const LEVEL_ORDER = ['routine', 'urgent', 'emergency'] as const
export type GuideLevel = (typeof LEVEL_ORDER)[number]

export function rank(value: GuideLevel): number {
  return LEVEL_ORDER.indexOf(value)
}

export type { Assessment, Level, TriageInput, TriageModel }

const text = (model: TriageModel, id: string) => sentenceText(model, id)

/** The word for a level, as care cards show it in the page's edition ("Emergency", "Urgente"). */
export function levelWord(level: Level, levels: CareLevelMessages): string {
  return careLevelWord(levels, level)
}

/** Signs offered to the reader, under the first of their groups that the model lists, groups in model order; empty groups left out. */
export function signsByGroup(model: TriageModel, modifiers: readonly string[] = []) {
  const offered = offeredSigns(model, modifiers)
  const groupOrder = model.groups.map((group) => group.id)
  const home = (groups: readonly string[]) => [...groups].sort((a, b) => groupOrder.indexOf(a) - groupOrder.indexOf(b))[0]
  return model.groups
    .map((group) => ({ id: group.id, label: group.label, signs: offered.filter((sign) => home(sign.groups) === group.id) }))
    .filter((group) => group.signs.length > 0)
}

/** Ticked signs that are still offered (a sign kept for a modifier drops out when the modifier is unticked). */
export function effectiveInput(model: TriageModel, input: TriageInput): TriageInput {
  const modifiers = input.modifiers ?? []
  const offered = new Set(offeredSigns(model, modifiers).map((sign) => sign.id))
  return { ...input, signs: input.signs.filter((id) => offered.has(id)), modifiers }
}

/** One reason as the reader sees it: a heading (what was ticked) and the model's sentences that explain it. */
export type ReasonView = { id: string; kind: Reason['kind']; signs: string[]; title: string; sentences: string[] }

export function reasonView(model: TriageModel, reason: Reason): ReasonView {
  const title = reason.kind === 'combination' ? text(model, `combination.${reason.id}.label`) : text(model, `sign.${reason.signs[0]}.label`)
  return { id: reason.id, kind: reason.kind, signs: reason.signs, title, sentences: reason.sentences.map((id) => text(model, id)) }
}

/** A ticked sign below the answer's level: its label and only its neutral "about" text, never its advice. */
export function alsoNotedView(model: TriageModel, signId: string): { id: string; title: string; about: string | null } {
  const sign = model.signs.find((item) => item.id === signId)
  return { id: signId, title: text(model, `sign.${signId}.label`), about: sign?.about ?? null }
}

export type AnswerView = {
  level: Level
  action: string
  actionTitle: string
  steps: string[]
  reasons: ReasonView[]
  alsoNoted: ReturnType<typeof alsoNotedView>[]
  safetyNet: string[]
  sources: string[]
}

/** The whole answer in words, or null when no sign is ticked. */
export function answerView(model: TriageModel, input: TriageInput): AnswerView | null {
  const answer = assess(model, effectiveInput(model, input))
  if (!answer) return null
  return {
    level: answer.level,
    action: answer.action,
    actionTitle: text(model, `action.${answer.action}.title`),
    // The site does not know where the reader is: every region's step is shown, each naming its region.
    steps: actionSteps(model, answer.action).map((step) => text(model, step.sentence)),
    reasons: answer.reasons.map((reason) => reasonView(model, reason)),
    alsoNoted: answer.alsoNoted.map((id) => alsoNotedView(model, id)),
    safetyNet: answer.safetyNet.map((id) => text(model, id)),
    sources: answer.sources,
  }
}

/** What the screen reader hears once per new answer: the level and the action's title. */
export function announcement(answer: AnswerView | null, messages: SymptomGuideMessages, levels: CareLevelMessages): string {
  return answer ? format(messages.announcement, { level: levelWord(answer.level, levels), action: answer.actionTitle }) : ''
}

/** Every citation key the guide can show, for the page's numbered reference list. */
export function guideSources(model: TriageModel): string[] {
  return [
    ...new Set([
      ...model.signs.flatMap((item) => item.sources),
      ...model.timeRules.flatMap((item) => item.sources),
      ...model.modifiers.flatMap((item) => item.sources),
      ...model.combinations.flatMap((item) => item.sources),
      ...model.actions.flatMap((item) => item.sources),
      ...model.safetyNet.flatMap((item) => item.sources),
    ]),
  ]
}

/**
 * The no-JavaScript lists: for each level (most serious first) the signs at
 * that level on their own, the combinations that reach it, the time rules that
 * raise a sign to it, and the modifiers that raise signs to it (with the signs
 * they raise and the action they give instead).
 */
export function staticLists(model: TriageModel) {
  return listsByLevel(model).map((entry) => ({
    level: entry.level,
    actionTitle: text(model, `action.${entry.action}.title`),
    steps: actionSteps(model, entry.action).map((step) => text(model, step.sentence)),
    signs: entry.signs.map((id) => {
      const sign = model.signs.find((item) => item.id === id)
      return { id, label: text(model, `sign.${id}.label`), about: sign?.about ?? null, advice: sign?.advice ?? null }
    }),
    combinations: entry.combinations.map((id) => {
      const combination = model.combinations.find((item) => item.id === id)
      return {
        id,
        signs: combination?.signs ?? [],
        label: text(model, `combination.${id}.label`),
        reason: text(model, `combination.${id}.reason`),
      }
    }),
    timeRules: entry.timeRules.map((id) => {
      const rule = model.timeRules.find((item) => item.id === id)
      const sign = rule?.sign ?? ''
      return { id, sign, from: rule?.from ?? '', label: text(model, `sign.${sign}.label`), reason: text(model, `timeRule.${id}.reason`) }
    }),
    modifiers: model.modifiers
      .filter((modifier) => modifier.level === entry.level)
      .map((modifier) => {
        const action = modifier.actions?.[entry.level] ?? entry.action
        const raised = offeredSigns(model, [modifier.id]).filter(
          (sign) =>
            ((modifier.raises.signs ?? []).includes(sign.id) ||
              sign.groups.some((group) => (modifier.raises.groups ?? []).includes(group))) &&
            // Signs already more serious on their own stay in their own list.
            rank(sign.level) < rank(modifier.level),
        )
        return {
          id: modifier.id,
          label: text(model, `modifier.${modifier.id}.label`),
          about: modifier.about ?? null,
          reason: text(model, `modifier.${modifier.id}.reason`),
          signs: raised.map((sign) => ({ id: sign.id, label: text(model, `sign.${sign.id}.label`) })),
          actionTitle: text(model, `action.${action}.title`),
          steps: actionSteps(model, action).map((step) => text(model, step.sentence)),
        }
      }),
  }))
}

/** What the reader chose and the answer, for the summary shown to a nurse or doctor. */
export type SummaryInput = {
  timeframe?: string
  signs: readonly string[]
  modifiers: readonly string[]
  /** When the answer was made, already written in the reader's local time. */
  madeAt: string
}

/** The summary's parts, shared by what is shown on screen and the copied text; the words around them are the edition's. */
export function summaryParts(model: TriageModel, input: SummaryInput, messages: SymptomGuideMessages, levels: CareLevelMessages) {
  const answer = answerView(model, { signs: input.signs, timeframe: input.timeframe, modifiers: input.modifiers })
  if (!answer) return null
  const chosen = effectiveInput(model, { signs: input.signs, timeframe: input.timeframe, modifiers: input.modifiers })
  return {
    madeAt: input.madeAt,
    when: input.timeframe ? text(model, `timeframe.${input.timeframe}.label`) : messages.summaryNotSure,
    modifiers: model.modifiers.map((modifier) => ({
      label: text(model, `modifier.${modifier.id}.label`),
      chosen: input.modifiers.includes(modifier.id),
    })),
    signs: chosen.signs.map((id) => text(model, `sign.${id}.label`)),
    level: levelWord(answer.level, levels),
    answer,
  }
}

/** A reason on one line: what was ticked, then the model's sentences about it. */
export function reasonLine(reason: ReasonView): string {
  return reason.sentences.length > 0 ? `${reason.title}: ${reason.sentences.join(' ')}` : reason.title
}

/** The summary as plain text, to copy into a message or read out on the phone. */
export function summaryText(model: TriageModel, input: SummaryInput, messages: SymptomGuideMessages, levels: CareLevelMessages): string {
  const parts = summaryParts(model, input, messages, levels)
  if (!parts) return ''
  const { answer } = parts
  const lines = [
    messages.summaryTitle,
    `${messages.madeLabel} ${parts.madeAt}`,
    '',
    `${messages.whenLabel} ${parts.when}`,
    ...parts.modifiers.map((modifier) => `${modifier.label}: ${modifier.chosen ? messages.yes : messages.no}`),
    '',
    messages.signsLabel,
    ...parts.signs.map((label) => `- ${label}`),
    '',
    `${messages.levelLabel} ${parts.level}`,
    `${messages.whatToDoLabel} ${answer.actionTitle}`,
    '',
    messages.whyLabel,
    ...answer.reasons.map((reason) => `- ${reasonLine(reason)}`),
  ]
  if (answer.alsoNoted.length > 0) lines.push('', messages.alsoTickedLabel, ...answer.alsoNoted.map((item) => `- ${item.title}`))
  lines.push('', messages.disclaimer)
  return lines.join('\n') + '\n'
}
