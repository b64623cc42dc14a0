import { careCardContent, isModelCard, type CareCardSpec } from '@/lib/triage/care-card'
import { checkClaims, formatMismatches } from '@/lib/triage/consistency'
import { claimsFromMdx } from '@/lib/triage/consistency-mdx'
import type { TriageModel } from '@/lib/triage/engine'
import { careCardSpec, elementsNamed } from '../mdx/read'
import type { ContentIssue, Rule } from './types'

/**
 * Every care card in every MDX file shows each sign at the level the triage
 * model (content/triage/model.json) gives it. A card that names its signs
 * (signs={…} or groups={…}) is checked as it will render; the words of any card
 * are read too (lib/triage/text-patterns.ts), so a hand-written sentence that
 * plays a sign down, such as a drooping eyelid with double vision in an
 * "urgent" box, fails with file, line, card and sign.
 */

type Card = { title: string; level: string; from: number; to: number; spec: CareCardSpec }

function cardsIn(source: string): Card[] {
  return elementsNamed(source, 'CareCard').map((element) => ({
    title: element.attributes.title ?? `(${element.attributes.level ?? ''} card)`,
    level: element.attributes.level ?? '',
    from: element.node.position?.start.line ?? 0,
    to: element.node.position?.end.line ?? 0,
    spec: careCardSpec(element),
  }))
}

const lineOf = (where: string) => Number(/:(\d+)$/.exec(where)?.[1] ?? 0)

/** The problems with the care cards of one MDX file, each naming the line, the card and the sign. */
export function careCardIssues(model: TriageModel, file: string, source: string): ContentIssue[] {
  const cards = cardsIn(source)
  const cardAt = (line: number) => cards.find((card) => card.from <= line && line <= card.to)
  const issues: ContentIssue[] = []
  for (const card of cards) {
    if (!isModelCard(card.spec)) continue
    try {
      careCardContent(model, card.spec)
    } catch (error) {
      issues.push({ file, field: `line ${card.from}`, reason: (error as Error).message })
    }
  }
  const mismatches = checkClaims(model, claimsFromMdx(source, file))
  const seen = new Set(issues.map((issue) => issue.field + issue.reason))
  for (const mismatch of mismatches) {
    // A level that is not one of the three is reported once, by the editorial rules.
    if (mismatch.problem === 'unknown-level') continue
    const line = lineOf(mismatch.where)
    const [text = ''] = formatMismatches([mismatch])
    // formatMismatches starts with "where: "; the issue names the line as its field instead.
    const reason = `CareCard "${cardAt(line)?.title ?? '?'}": ${text.slice(mismatch.where.length + 2)}`
    if (seen.has(`line ${line}` + reason)) continue
    seen.add(`line ${line}` + reason)
    issues.push({ file, field: `line ${line}`, reason })
  }
  return issues
}

/** An emergency or same-day number, which only the triage model may give (a model card renders it with its sign). */
const ROUTE_NUMBER = /(?<![\d,.-])(?:911|999|112)(?![\d,-])|\bNHS 111\b/

/** Lines and frontmatter fields where an author typed an emergency or NHS 111 number by hand. */
export function handTypedNumberIssues(file: string, source: string, fields: Record<string, unknown> = {}): ContentIssue[] {
  const reason = (found: string) =>
    `"${found}" is typed by hand: emergency and NHS 111 numbers come from the triage model; name the signs in a <CareCard signs={…}> instead`
  const inFields = Object.entries(fields).flatMap(([field, value]) => {
    const found = typeof value === 'string' ? ROUTE_NUMBER.exec(value)?.[0] : undefined
    return found ? [{ file, field, reason: reason(found) }] : []
  })
  const inBody = source.split('\n').flatMap((line, index) => {
    const found = ROUTE_NUMBER.exec(line)?.[0]
    return found ? [{ file, field: `line ${index + 1}`, reason: reason(found) }] : []
  })
  return [...inFields, ...inBody]
}

/** The care-card rules over every article and page, once the triage model itself has passed its schema. */
export const careCardRules: Rule = (input, context) => {
  const documents = [...input.articles, ...input.pages]
  const typed = documents.flatMap((document) => handTypedNumberIssues(document.file, document.bodyRaw, document.fields))
  const model = context.data.triageModel
  if (!model) return typed
  return [...typed, ...documents.flatMap((document) => careCardIssues(model, document.file, document.bodyRaw))]
}
