import type { Nodes, Root } from 'mdast'
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx'
import { visit } from 'unist-util-visit'
import { parseMdx, plainText } from '@/lib/content/mdx/tree'
import { claimsFromText, type Claim } from './consistency'

/**
 * Build-only: claims read from MDX source, for content checks that run before
 * the site is built. Each <CareCard level="…"> is one claim source. A card that
 * names its signs (signs={["double-vision-with-drooping-eyelid"]}) is an exact
 * claim; otherwise its paragraphs and list items are read as text, each with
 * its own line number so that a report points at the sentence to fix.
 */

export function attribute(element: MdxJsxFlowElement, name: string): string | undefined {
  for (const item of element.attributes) {
    if (item.type !== 'mdxJsxAttribute' || item.name !== name) continue
    if (typeof item.value === 'string') return item.value
    if (item.value && typeof item.value === 'object') return item.value.value
  }
  return undefined
}

/** Ids written in an expression attribute such as signs={["a", "b"]}. */
function idsIn(expression: string | undefined): string[] | undefined {
  if (expression === undefined) return undefined
  return [...expression.matchAll(/["']([a-z0-9]+(?:-[a-z0-9]+)*)["']/g)].map((match) => match[1] as string)
}

/** Paragraphs and list items that hold words directly (a list item's own paragraphs are read through the item). */
function textBlocks(card: MdxJsxFlowElement): Nodes[] {
  const blocks: Nodes[] = []
  visit(card as unknown as Root, (node, _index, parent) => {
    if (node.type === 'listItem') {
      blocks.push(node)
      return 'skip'
    }
    if (node.type === 'paragraph' && parent?.type !== 'listItem') {
      blocks.push(node)
      return 'skip'
    }
    return undefined
  })
  return blocks
}

export function claimsFromMdx(source: string, file: string): Claim[] {
  const claims: Claim[] = []
  visit(parseMdx(source), 'mdxJsxFlowElement', (card: MdxJsxFlowElement) => {
    if (card.name !== 'CareCard') return
    const level = attribute(card, 'level') ?? ''
    const line = card.position?.start.line ?? 0
    const signs = idsIn(attribute(card, 'signs'))
    if (signs) {
      const timeframe = attribute(card, 'timeframe')
      const modifiers = idsIn(attribute(card, 'modifiers'))
      claims.push({
        where: `${file}:${line}`,
        level,
        items: signs,
        ...(timeframe ? { timeframe } : {}),
        ...(modifiers ? { modifiers } : {}),
      })
    }
    for (const block of textBlocks(card)) {
      claims.push(...claimsFromText(`${file}:${block.position?.start.line ?? line}`, level, plainText(block)))
    }
  })
  return claims
}
