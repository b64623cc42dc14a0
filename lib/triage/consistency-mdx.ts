import type { Nodes, Root } from 'mdast'
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx'
import { visit } from 'unist-util-visit'
import { careCardSpec, elementsNamed } from '@/lib/content/mdx/read'
import { plainText } from '@/lib/content/mdx/tree'
import { claimsFromText, type Claim } from './consistency'

/**
 * Build-only: claims read from MDX source, for content checks that run before
 * the site is built. Each <CareCard level="…"> is one claim source. A card that
 * names its signs (signs={["double-vision-with-drooping-eyelid"]}) is an exact
 * claim; otherwise its paragraphs and list items are read as text, each with
 * its own line number so that a report points at the sentence to fix.
 */

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
  for (const card of elementsNamed(source, 'CareCard')) {
    const { level, signs, timeframe, modifiers } = careCardSpec(card)
    const line = card.node.position?.start.line ?? 0
    if (signs) {
      claims.push({
        where: `${file}:${line}`,
        level,
        items: [...signs],
        ...(timeframe ? { timeframe } : {}),
        ...(modifiers ? { modifiers: [...modifiers] } : {}),
      })
    }
    for (const block of textBlocks(card.node as MdxJsxFlowElement)) {
      claims.push(...claimsFromText(`${file}:${block.position?.start.line ?? line}`, level, plainText(block)))
    }
  }
  return claims
}
