import type { Nodes } from 'mdast'
import { localePath } from '@/lib/i18n/locales'
import { readMdx } from '../mdx/read'
import { measureSpanishReadability, spanishReadabilityProblems } from '../readability-es'
import { articleTranslationSchema, pageTranslationSchema } from '../schemas/frontmatter'
import { dataTranslationSchema, translationProblems, UNTRANSLATED } from '@/lib/i18n/data-translation'
import { englishEditionData } from '../edition-data'
import type { ContentIssue, Rule, SourceDocument } from './types'
import { zodIssues } from './types'

/**
 * The Spanish edition's documents against their English sources. A translation of medical advice must never
 * be published stale or half-made, so each must:
 * - exist for every English document, and have an English source;
 * - name, by hash, the English text it was made from: when the English file changes, the build fails naming both
 *   files until the translation is brought up to date in the same change;
 * - cite the same references, and draw the same care cards, risk figures and timelines (their words come from
 *   the translated models, their levels and numbers from the one model);
 * - keep the English review history's dates;
 * - link only to Spanish pages;
 * - read at INFLESZ 55 or easier, with no sentence over 30 words.
 */

const SOURCE_DIRS = { articles: 'content/articles', pages: 'content/pages' } as const
const TRANSLATION_DIRS = { articles: 'content/es/articles', pages: 'content/es/pages' } as const

/** The components whose props carry meaning (levels, signs, figure ids): a translation keeps them exactly. */
const FIXED_ELEMENTS = new Set(['CareCard', 'RiskFigure', 'RecoveryTimeline', 'Disclosure', 'EditorialEmail'])

function fixedElements(bodyRaw: string): string[] {
  return readMdx(bodyRaw)
    .elements.filter((element) => FIXED_ELEMENTS.has(element.name))
    .map((element) => {
      // A care card's title is reader text, so it is translated; its level, signs and groups are not.
      const attributes = Object.fromEntries(Object.entries(element.attributes).filter(([name]) => name !== 'title'))
      return JSON.stringify({ name: element.name, attributes, lists: element.lists ?? {} })
    })
}

/** Site addresses a body links to (markdown links and JSX href attributes). */
function internalLinks(bodyRaw: string): string[] {
  const links: string[] = []
  const visit = (node: Nodes) => {
    if (node.type === 'link' && node.url.startsWith('/')) links.push(node.url)
    if ('children' in node) for (const child of node.children) visit(child as Nodes)
  }
  visit(readMdx(bodyRaw).tree)
  return links
}

function translationIssues(kind: 'articles' | 'pages', doc: SourceDocument, sources: Map<string, SourceDocument>, hashes: Record<string, string>): ContentIssue[] {
  const file = doc.file
  const sourceFile = `${SOURCE_DIRS[kind]}/${doc.slug}.mdx`
  const source = sources.get(doc.slug)
  if (!source) return [{ file, field: '(document)', reason: `translates ${sourceFile}, which does not exist: remove the translation or restore the English file` }]

  const schema = kind === 'articles' ? articleTranslationSchema : pageTranslationSchema
  const parsed = schema.safeParse(doc.fields)
  if (!parsed.success) return zodIssues(file, parsed.error)
  const fields = parsed.data
  const issues: ContentIssue[] = []

  const currentHash = hashes[source.file]
  if (currentHash !== undefined && fields.sourceHash !== currentHash) {
    issues.push({
      file,
      field: 'sourceHash',
      reason: `is out of date: it translates ${source.file} as it was (${fields.sourceHash}), and that file has changed since (${currentHash}). Bring ${file} up to date with ${source.file} in the same change, then set sourceHash to "${currentHash}"`,
    })
  }
  if (fields.translationReviewedAt && !fields.translationReviewer) {
    issues.push({ file, field: 'translationReviewedAt', reason: 'is set, but translationReviewer is not: say who reviewed the translation' })
  }

  const englishKeys = [...new Set(source.citedKeys)].sort().join(', ')
  const spanishKeys = [...new Set(doc.citedKeys)].sort().join(', ')
  if (englishKeys !== spanishKeys) {
    issues.push({ file, field: 'body', reason: `cites [${spanishKeys}], but ${source.file} cites [${englishKeys}]: a translation cites the same sources` })
  }

  const englishElements = fixedElements(source.bodyRaw)
  const spanishElements = fixedElements(doc.bodyRaw)
  if (englishElements.join('\n') !== spanishElements.join('\n')) {
    const first = englishElements.findIndex((element, index) => spanishElements[index] !== element)
    issues.push({
      file,
      field: 'body',
      reason: `its care cards, risk figures and timelines differ from ${source.file} (first difference at component ${first + 1}: expected ${englishElements[first] ?? 'none'}, found ${spanishElements[first] ?? 'none'})`,
    })
  }

  if (kind === 'articles') {
    const englishDates = ((source.fields.reviewChanges as { date: string }[] | undefined) ?? []).map((entry) => entry.date.slice(0, 10))
    const spanishDates = articleTranslationSchema.parse(doc.fields).reviewChanges.map((entry) => entry.date)
    if (englishDates.join() !== spanishDates.join()) {
      issues.push({ file, field: 'reviewChanges', reason: `has entries dated [${spanishDates.join(', ')}], but ${source.file} has [${englishDates.join(', ')}]` })
    }
  }

  for (const link of internalLinks(doc.bodyRaw)) {
    if (!link.startsWith(localePath('es', '/'))) {
      issues.push({ file, field: 'body', reason: `links to ${link}, an English page: link to its Spanish twin ${localePath('es', link)}` })
    }
  }

  // An empty body is the body rules' to report, as for English.
  const readability = measureSpanishReadability(doc.bodyRaw)
  if (readability.words > 0) for (const reason of spanishReadabilityProblems(readability)) issues.push({ file, field: 'body', reason })
  return issues
}

export const translationRules: Rule = (input) => {
  const issues: ContentIssue[] = []
  for (const kind of ['articles', 'pages'] as const) {
    const sources = new Map(input[kind].map((doc) => [doc.slug, doc]))
    const translated = new Set(input.translations[kind].map((doc) => doc.slug))
    for (const source of input[kind]) {
      if (source.fields.draft === true) continue
      if (!translated.has(source.slug)) {
        issues.push({
          file: `${TRANSLATION_DIRS[kind]}/${source.slug}.mdx`,
          field: '(document)',
          reason: `is missing: ${source.file} has no Spanish translation, and every page is published in both editions`,
        })
      }
    }
    for (const doc of input.translations[kind]) issues.push(...translationIssues(kind, doc, sources, input.sourceHashes))
  }
  return issues
}

/**
 * The data files' Spanish overlays: present, in the overlay schema, made from the English file as it is now
 * (else the build names both files), and with a translation for every string a reader sees, naming the key.
 */
export const dataTranslationRules: Rule = (input, context) =>
  input.dataTranslations.flatMap(({ name, file, data, sourceFile, sourceHash }): ContentIssue[] => {
    if (data === undefined) return [{ file, field: '(whole file)', reason: `is missing: ${sourceFile} has no Spanish translation` }]
    const parsed = dataTranslationSchema.safeParse(data)
    if (!parsed.success) return zodIssues(file, parsed.error)
    const english = englishEditionData(name, context)
    if (english === undefined) return [] // The English file's own problems are reported by the data-file rules.
    const issues: ContentIssue[] = translationProblems(english, parsed.data, UNTRANSLATED[name]).map((reason) => ({ file, field: 'strings', reason }))
    if (parsed.data.sourceHash !== sourceHash) {
      issues.unshift({
        file,
        field: 'sourceHash',
        reason: `is out of date: it translates ${sourceFile} as it was (${parsed.data.sourceHash}), and that file has changed since (${sourceHash}). Bring ${file} up to date with ${sourceFile} in the same change, then set sourceHash to "${sourceHash}"`,
      })
    }
    return issues
  })
