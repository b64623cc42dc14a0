import { LEVEL_ORDER } from '@/tools/symptom-guide/logic'
import { readMdx } from '../mdx/read'
import { measureReadability, readabilityProblems } from '../readability'
import { minimumReferences } from '../topics'
import type { ContentIssue, Rule } from './types'

/** What the editorial rules read of an article. */
export type EditorialArticle = { file: string; bodyRaw: string; citedKeys: readonly string[]; topic: unknown }

const CARE_LEVELS: readonly string[] = LEVEL_ORDER

/**
 * The content guide's rules for a reader: prose within the readability limits,
 * a care card that says when to get help, and enough distinct references.
 * An empty body is reported once, by the body rules.
 */
export function editorialIssues(article: EditorialArticle): ContentIssue[] {
  const { file, bodyRaw } = article
  if (bodyRaw.trim() === '') return []
  const issues: ContentIssue[] = readabilityProblems(measureReadability(bodyRaw)).map((reason) => ({ file, field: 'body', reason }))

  const cards = readMdx(bodyRaw).elements.filter((element) => element.name === 'CareCard')
  const levels = `"${LEVEL_ORDER.join('", "')}"`
  for (const card of cards) {
    if (!CARE_LEVELS.includes(card.attributes.level ?? '')) {
      issues.push({ file, field: 'body', reason: `<CareCard level="${card.attributes.level ?? ''}"> must have a level of ${levels}` })
    }
  }
  if (cards.length === 0) {
    issues.push({ file, field: 'body', reason: `has no care card: tell the reader when to get help in a <CareCard level="…" title="…"> (level ${levels})` })
  }

  const distinct = new Set(article.citedKeys).size
  const minimum = minimumReferences(typeof article.topic === 'string' ? article.topic : '')
  if (distinct < minimum) issues.push({ file, field: 'citations', reason: `cites ${distinct} distinct references, fewer than ${minimum}` })
  return issues
}

/** The editorial rules for every article. */
export const editorialRules: Rule = (input) =>
  input.articles.flatMap((article) => editorialIssues({ file: article.file, bodyRaw: article.bodyRaw, citedKeys: article.citedKeys, topic: article.fields.topic }))
