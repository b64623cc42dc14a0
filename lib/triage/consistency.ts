import { isLevel, levelOf, rank, type Level, type TriageModel } from './engine'
import { LEVEL_CUES, MODIFIER_CUES, TEXT_PATTERNS, type TextPattern } from './text-patterns'

/**
 * Does a page present every sign at the level the triage model gives it?
 *
 * A claim is "this place shows these signs (or combinations) at this level".
 * Claims come from two kinds of source:
 * - structured: a care card rendered from the model carries data-level and
 *   data-signs (and, when it is about one, data-timeframe and data-modifiers);
 * - text: a card written by hand is read sentence by sentence, and each sign
 *   its words name (text-patterns.ts) is claimed at the card's level, or at the
 *   level a sentence sends the reader to ("follow the urgent box above").
 *
 * Pure and DOM-agnostic apart from claimsFromDocument, which takes any
 * ParentNode, so the same check runs on built HTML (jsdom) or in a browser.
 */

export type Claim = {
  /** Where the claim was made: "file:line" or a card id, for the report. */
  where: string
  /** The level the place shows the signs at (a care-card level). */
  level: string
  /** Sign or combination ids. */
  items: string[]
  timeframe?: string
  modifiers?: string[]
  /** The sentence the claim was read from, when it came from text. */
  text?: string
}

export type Mismatch = {
  where: string
  item: string
  claimed: string
  /** The model's level, or null when the claim's level or item is unknown. */
  expected: Level | null
  /** too-low is the dangerous kind: the page plays a sign down. */
  problem: 'too-low' | 'too-high' | 'unknown-level' | 'unknown-item'
  text?: string
}

export function checkClaims(model: TriageModel, claims: readonly Claim[]): Mismatch[] {
  const known = new Set([...model.signs.map((sign) => sign.id), ...model.combinations.map((combination) => combination.id)])
  const mismatches: Mismatch[] = []
  for (const claim of claims) {
    for (const item of claim.items) {
      const base = { where: claim.where, item, claimed: claim.level, ...(claim.text === undefined ? {} : { text: claim.text }) }
      if (!known.has(item)) {
        mismatches.push({ ...base, expected: null, problem: 'unknown-item' })
        continue
      }
      const expected = levelOf(model, item, { timeframe: claim.timeframe, modifiers: claim.modifiers })
      if (!isLevel(claim.level)) mismatches.push({ ...base, expected, problem: 'unknown-level' })
      else if (claim.level !== expected)
        mismatches.push({ ...base, expected, problem: rank(claim.level) < rank(expected) ? 'too-low' : 'too-high' })
    }
  }
  return mismatches
}

/** Sentences of a block of text: a claim is read per sentence so that "if … also …" sentences are judged on their own. */
export function splitSentences(text: string): string[] {
  return text
    .replace(/\s+/g, ' ')
    .split(/(?<=[.!?])\s+(?=[A-Z0-9"“(])/)
    .map((sentence) => sentence.trim())
    .filter(Boolean)
}

/** The ids a sentence names, after more specific matches hide the general ones they supersede. */
export function itemsNamedIn(sentence: string, patterns: readonly TextPattern[] = TEXT_PATTERNS): string[] {
  const matched = patterns.filter((pattern) => pattern.all.every((expression) => expression.test(sentence)))
  // Only a visible match hides others: a specific combination that is itself hidden by a broader one must not hide its parts too.
  let visible = matched
  for (let round = 0; round <= matched.length; round += 1) {
    const hidden = new Set(visible.flatMap((pattern) => pattern.supersedes ?? []))
    const next = matched.filter((pattern) => !hidden.has(pattern.id))
    if (next.length === visible.length && next.every((pattern, index) => pattern === visible[index])) break
    visible = next
  }
  return [...new Set(visible.map((pattern) => pattern.id))]
}

/** The level a sentence sends the reader to, if it names one; otherwise the level of the card it is in. */
export function sentenceLevel(sentence: string, cardLevel: string): string {
  const cue = LEVEL_CUES.find((candidate) => candidate.pattern.test(sentence))
  return cue ? cue.level : cardLevel
}

/** Modifiers a sentence puts its signs under ("if the product may not have been genuine"). */
export function sentenceModifiers(sentence: string): string[] {
  return MODIFIER_CUES.filter((cue) => cue.pattern.test(sentence)).map((cue) => cue.modifier)
}

/** Claims read from the text of a card (or any block presented at one level). */
export function claimsFromText(where: string, cardLevel: string, text: string, patterns: readonly TextPattern[] = TEXT_PATTERNS): Claim[] {
  return splitSentences(text).flatMap((sentence) => {
    const items = itemsNamedIn(sentence, patterns)
    if (items.length === 0) return []
    const modifiers = sentenceModifiers(sentence)
    return [{ where, level: sentenceLevel(sentence, cardLevel), items, text: sentence, ...(modifiers.length > 0 ? { modifiers } : {}) }]
  })
}

const list = (value: string | null) => (value ? value.split(/[\s,]+/).filter(Boolean) : undefined)

/**
 * Claims from rendered HTML: every element with data-level (CareCard renders
 * one). With data-signs, the card's claim is exact; without, its paragraphs
 * and list items are read as text. Headings are skipped: they hold the level's
 * name and action, not signs.
 */
export function claimsFromDocument(root: ParentNode, where: string): Claim[] {
  const claims: Claim[] = []
  root.querySelectorAll('[data-level]').forEach((card, index) => {
    const level = card.getAttribute('data-level') ?? ''
    const place = `${where} card ${index + 1}${card.id ? ` (#${card.id})` : ''}`
    const signs = list(card.getAttribute('data-signs'))
    if (signs) {
      const timeframe = card.getAttribute('data-timeframe') ?? undefined
      const modifiers = list(card.getAttribute('data-modifiers'))
      claims.push({ where: place, level, items: signs, ...(timeframe ? { timeframe } : {}), ...(modifiers ? { modifiers } : {}) })
      return
    }
    // Blocks inside a nested data-level element (a list item that names its signs) are that element's claim, not the card's.
    const blocks = [...card.querySelectorAll('p, li')].filter((block) => {
      const outer = block.parentElement?.closest('p, li')
      const claimed = block.closest('[data-level]')
      return (!outer || !card.contains(outer)) && claimed === card
    })
    for (const block of blocks) claims.push(...claimsFromText(place, level, block.textContent ?? ''))
  })
  return claims
}

/** A one-line report per mismatch, most dangerous first. */
export function formatMismatches(mismatches: readonly Mismatch[]): string[] {
  const order: Mismatch['problem'][] = ['too-low', 'unknown-item', 'unknown-level', 'too-high']
  return [...mismatches]
    .sort((a, b) => order.indexOf(a.problem) - order.indexOf(b.problem))
    .map(
      (m) =>
        `${m.where}: "${m.item}" is shown at ${m.claimed} but the triage model says ${m.expected ?? '(unknown)'} (${m.problem})${m.text ? `: “${m.text}”` : ''}`,
    )
}
