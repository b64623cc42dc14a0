import type { Nodes } from 'mdast'
import { visit } from 'unist-util-visit'
import { flaggedWording } from '../flagged-wording'
import { readMdx } from '../mdx/read'
import { plainText } from '../mdx/tree'
import type { ContentIssue, Rule } from './types'

/** Body blocks read one at a time (list items and cards hold paragraphs). */
const BLOCKS = new Set(['paragraph', 'heading', 'tableCell'])

const reason = (found: { clause: string; why: string }) => `"${found.clause}": ${found.why}`

/** Text fields a reader sees: title, description, key points. */
const FIELDS = ['title', 'description', 'keyPoints'] as const

/**
 * No article or page repeats wording the medical review flagged
 * (lib/content/flagged-wording.ts), in its frontmatter or its body, so a writer
 * hears it from `npm run content` in seconds. Each body block is named by its
 * line counted from the end of the frontmatter.
 */
export const flaggedWordingRules: Rule = (input) =>
  [...input.articles, ...input.pages].flatMap((document) => {
    const issues: ContentIssue[] = []
    for (const field of FIELDS) {
      const value = document.fields[field]
      const values = Array.isArray(value) ? value : [value]
      values.forEach((text, index) => {
        if (typeof text !== 'string') return
        const name = Array.isArray(value) ? `${field}.${index}` : field
        for (const found of flaggedWording(text)) issues.push({ file: document.file, field: name, reason: reason(found) })
      })
    }
    // Each paragraph, heading and table cell on its own, so a clause never runs from one block into the next.
    visit(readMdx(document.bodyRaw).tree, (node) => {
      if (!BLOCKS.has(node.type)) return undefined
      for (const found of flaggedWording(plainText(node as Nodes))) {
        issues.push({ file: document.file, field: `body line ${node.position?.start.line ?? 0}`, reason: reason(found) })
      }
      return 'skip'
    })
    return issues
  })
