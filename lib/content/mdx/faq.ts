import type { Nodes, RootContent } from 'mdast'
import { readMdx } from './read'
import { plainText } from './tree'

export type FaqEntry = { question: string; id: string; answer: string }

/**
 * The questions of a questions-and-answers article: each h3 that ends in "?",
 * answered by everything up to the next heading. Search engines may show only
 * what the page shows, so both come from the rendered MDX itself, never from a
 * separate list that could drift from the page.
 */
export function extractFaq(mdx: string): FaqEntry[] {
  const { tree, headings } = readMdx(mdx)
  const ids = new Map(headings.map((heading) => [heading.node, heading.id]))
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
    const text = plainText(node as Nodes).replace(/\s+/g, ' ').trim()
    if (text) current.answer.push(text)
  }
  finish()
  return entries
}
