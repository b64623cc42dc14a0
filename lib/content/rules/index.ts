import { articleRules } from './articles'
import { authorRules } from './authors'
import { bodyRules } from './body'
import { careCardRules } from './care-cards'
import { checklistLinkRules } from './checklist-links'
import { buildContext } from './context'
import { dataFileRules } from './data-files'
import { documentRules } from './documents'
import { editorialRules } from './editorial'
import { flaggedWordingRules } from './flagged-wording'
import { pageRules } from './pages'
import { referenceRules } from './references'
import { slugRules } from './slugs'
import { dataTranslationRules, translationRules } from './translations'
import type { DataFileName, DataValue } from '../data-files'
import { ContentError, type ContentInput, type ContentIssue, type Rule } from './types'

export { ContentError, formatIssue, type ContentInput, type ContentIssue, type SourceDocument } from './types'

/**
 * Every content rule, one module per group, in the order their problems are
 * listed: the data files first (the documents are judged against them), then
 * the documents, then their bodies and the editorial rules.
 */
export const RULES: readonly Rule[] = [
  dataFileRules,
  authorRules,
  referenceRules,
  checklistLinkRules,
  documentRules,
  slugRules,
  articleRules,
  pageRules,
  bodyRules,
  careCardRules,
  editorialRules,
  flaggedWordingRules,
  translationRules,
  dataTranslationRules,
]

/** Every problem with the content, each naming file, field and reason; none when it may be published. */
export function checkContent(input: ContentInput, options: { today: string }): ContentIssue[] {
  const context = buildContext(input, options.today)
  return RULES.flatMap((rule) => rule(input, context))
}

/**
 * The data files' checked values, once every rule holds; otherwise a
 * ContentError that names every problem.
 */
export function loadContent(input: ContentInput, options: { today: string }): { [K in DataFileName]: DataValue<K> } {
  const context = buildContext(input, options.today)
  const issues = RULES.flatMap((rule) => rule(input, context))
  if (issues.length > 0) throw new ContentError(issues)
  // With no issues every data file passed its schema, so every value is there.
  return context.data as { [K in DataFileName]: DataValue<K> }
}
