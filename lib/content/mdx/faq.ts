import type { Locale } from '@/lib/i18n/locales'
import type { Nodes, RootContent } from 'mdast'
import { careCardContent, careCardLines, isModelCard } from '../../triage/care-card'
import type { TriageModel } from '../../triage/engine'
import { careCardSpec, readMdx, type MdxElement } from './read'
import { plainText } from './tree'

export type FaqEntry = { question: string; id: string; answer: string }

/**
 * The questions of a questions-and-answers article: each h3 that ends in "?",
 * answered by everything up to the next heading. Search engines may show only
 * what the page shows, so both come from the rendered MDX itself, never from a
 * separate list that could drift from the page. A care card that names its
 * signs is written out from the triage model, as the page renders it, so an
 * answer never stops at a card's title and leaves out the signs and what to do.
 */
export function extractFaq(mdx: string, model?: TriageModel, locale: Locale = 'en'): FaqEntry[] {
  const { tree, headings, elements } = readMdx(mdx)
  const ids = new Map(headings.map((heading) => [heading.node, heading.id]))
  const elementOf = new Map<unknown, MdxElement>(elements.map((element) => [element.node, element]))
  const entries: FaqEntry[] = []
  let current: { question: string; id: string; answer: string[] } | undefined
  const finish = () => {
    if (current && current.answer.length > 0) entries.push({ question: current.question, id: current.id, answer: current.answer.join('\n\n') })
    current = undefined
  }
  for (const node of tree.children as RootContent[]) {
    if (node.type === 'heading') {
      finish()
      const text = plainText(node as Nodes).trim()
      if (node.depth === 3 && text.endsWith('?')) current = { question: text, id: ids.get(node) ?? '', answer: [] }
      continue
    }
    if (!current) continue
    const text = cardText(elementOf.get(node), model, locale) ?? plainText(node as Nodes).replace(/\s+/g, ' ').trim()
    if (text) current.answer.push(text)
  }
  finish()
  return entries
}

/** A model care card's words, one line each, with any prose the author put inside it; undefined for anything else. */
function cardText(element: MdxElement | undefined, model: TriageModel | undefined, locale: Locale): string | undefined {
  if (element?.name !== 'CareCard') return undefined
  const spec = careCardSpec(element)
  if (!isModelCard(spec)) return undefined
  if (!model) throw new Error(`CareCard "${spec.title ?? spec.level}" names signs, so the questions need the triage model to write its answer`)
  const own = element.node.children.map((child) => plainText(child as Nodes).replace(/\s+/g, ' ').trim()).filter(Boolean)
  return [...careCardLines(careCardContent(model, spec), spec.title, locale), ...own].join('\n')
}
