import { timelineSources } from '@/tools/recovery-timeline/logic'
import { elementsNamed, readMdx } from '../mdx/read'
import type { ContentIssue, Rule, RuleContext, SourceDocument } from './types'

/** Sections (## headings) each kind of document needs for its table of contents. */
export const MIN_SECTIONS = { article: 2, page: 1 } as const

/**
 * What the body of one document must do: have words, no h1 of its own, enough
 * sections, pictures and timelines whose sources the text cites, and cite
 * exactly the keys its citations list names, all of them in the library.
 */
function checkBody(doc: SourceDocument, listed: readonly unknown[], minSections: number, input: Parameters<Rule>[0], context: RuleContext): ContentIssue[] {
  const { file, bodyRaw, citedKeys } = doc
  if (bodyRaw.trim() === '') return [{ file, field: 'body', reason: 'is empty' }]
  const issues: ContentIssue[] = []
  const levels = readMdx(bodyRaw).headings.map((heading) => heading.depth)
  if (levels.includes(1)) issues.push({ file, field: 'body', reason: 'must not use a level-1 heading (#): the page title is the only h1' })
  if (levels.filter((level) => level === 2).length < minSections) {
    issues.push({ file, field: 'body', reason: `needs at least ${minSections} sections (## headings) for the table of contents` })
  }

  const figures = context.data.riskFigures
  for (const { attributes } of elementsNamed(bodyRaw, 'RiskFigure')) {
    const id = attributes.id ?? ''
    const figure = figures?.find((candidate) => candidate.id === id)
    if (!figure) {
      if (figures) issues.push({ file, field: 'body', reason: `<RiskFigure id="${id}" /> is not in ${input.data.riskFigures.file}` })
    } else if (!citedKeys.includes(figure.source)) {
      issues.push({ file, field: 'body', reason: `<RiskFigure id="${id}" /> needs its source "${figure.source}" cited in the text with <Cite source="${figure.source}" />` })
    }
  }
  const timeline = context.data.recoveryTimeline
  if (timeline && elementsNamed(bodyRaw, 'RecoveryTimeline').length > 0) {
    const uncited = timelineSources(timeline).filter((key) => !citedKeys.includes(key))
    if (uncited.length > 0) issues.push({ file, field: 'body', reason: `<RecoveryTimeline /> needs these sources cited in the text too: ${uncited.join(', ')}` })
  }

  for (const key of citedKeys) {
    if (!listed.includes(key)) issues.push({ file, field: 'citations', reason: `the body cites "${key}" but the citations list does not include it` })
  }
  listed.forEach((key, index) => {
    if (typeof key !== 'string') return
    if (context.referenceKeys && !context.referenceKeys.has(key)) {
      issues.push({ file, field: `citations.${index}`, reason: `"${key}" is not in ${input.data.references.file}` })
    }
    if (!citedKeys.includes(key)) {
      issues.push({ file, field: `citations.${index}`, reason: `"${key}" is listed but never cited in the body with <Cite source="${key}" />` })
    }
  })
  return issues
}

/**
 * The body rules for every article and every page. An article whose
 * frontmatter failed its schema is still read, with the citations it lists as
 * written; a page's body is read once its frontmatter is sound.
 */
export const bodyRules: Rule = (input, context) => [
  ...input.articles.flatMap((article) => {
    const checked = context.articleFields.get(article)
    const listed = checked?.ok ? checked.value.citations : Array.isArray(article.fields.citations) ? article.fields.citations : []
    return checkBody(article, listed, MIN_SECTIONS.article, input, context)
  }),
  ...input.pages.flatMap((page) => {
    const checked = context.pageFields.get(page)
    return checked?.ok ? checkBody(page, checked.value.citations, MIN_SECTIONS.page, input, context) : []
  }),
]
