import type { Nodes, Root } from 'mdast'
import { toString } from 'mdast-util-to-string'
import remarkGfm from 'remark-gfm'
import remarkMdx from 'remark-mdx'
import remarkParse from 'remark-parse'
import { unified } from 'unified'

/**
 * The MDX syntax tree of an article body, parsed the way contentlayer's
 * mdx-bundler reads it (MDX + GitHub tables), for the helpers that need to
 * know what is prose, what is a heading and what is a component.
 */
export function parseMdx(source: string): Root {
  return unified().use(remarkParse).use(remarkMdx).use(remarkGfm).parse(source)
}

/** Node types that hold no words a reader reads: code, raw HTML and MDX expressions or imports. */
const WORDLESS = new Set(['code', 'inlineCode', 'html', 'yaml', 'mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression'])

/** JSX elements whose children are prose (a care card's advice); others (citation markers, figures) have no words. */
export const PROSE_ELEMENTS = new Set(['CareCard'])

/** The words of a node as the page shows them: link text without its address, no citation markers or code. */
export function plainText(node: Nodes): string {
  if (WORDLESS.has(node.type)) return ''
  if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
    if (node.type === 'mdxJsxFlowElement' && (!node.name || !PROSE_ELEMENTS.has(node.name))) return ''
    if (node.type === 'mdxJsxTextElement' && node.children.length === 0) return ''
    // A care card's title is the start of its advice ("Call 999 now if you have:").
    const title = node.attributes.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'title')
    if (title && typeof title.value === 'string') return `${title.value} ${node.children.map((child) => plainText(child as Nodes)).join(' ')}`
  }
  if ('children' in node) return node.children.map((child) => plainText(child as Nodes)).join('')
  return toString(node)
}
