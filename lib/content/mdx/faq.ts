import type { Nodes, RootContent } from 'mdast'
import { extractToc } from './source'
import { parseMdx, plainText } from './tree'

export type FaqEntry = { question: string; id: string; answer: string }

/**
 * The questions of a questions-and-answers article: each h3 that ends in "?",
 * answered by everything up to the next heading. Search engines may show only
 * what the page shows, so both come from the rendered MDX itself, never from a
 * separate list that could drift from the page.
 */
export function extractFaq(mdx: string): FaqEntry[] {
  const headingIds = extractToc(mdx)
  const children = parseMdx(mdx).children
  const entries: FaqEntry[] = []
  let headingIndex = -1
  let current: { question: string; id: string; answer: string[] } | undefined
  const finish = () => {
    if (current && current.answer.length > 0) entries.push({ question: current.question, id: current.id, answer: current.answer.join('\n\n') })
    current = undefined
  }
  for (const node of children as RootContent[]) {
    if (node.type === 'heading') {
      finish()
      if (node.depth === 2 || node.depth === 3) headingIndex += 1
      const text = plainText(node as Nodes).trim()
      if (node.depth === 3 && text.endsWith('?')) current = { question: text, id: headingIds[headingIndex]?.id ?? '', answer: [] }
      continue
    }
    if (!current) continue
    const text = plainText(node as Nodes).replace(/\s+/g, ' ').trim()
    if (text) current.answer.push(text)
  }
  finish()
  return entries
}
