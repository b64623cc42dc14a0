import type { z } from 'zod'
import { articlePath, contentPagePath } from '@/lib/site/routes'
import { checklistSchema } from './consultation-checklist-schema'
import { extractRiskFigureIds, extractToc, headingLevels, usesComponent } from './mdx-source'
import { recoveryTimelineSchema, timelineSources } from './recovery-timeline'
import { riskFiguresSchema } from './risk-figures'
import { symptomGuideSchema } from './symptom-guide-schema'
import {
  REVIEW_INTERVAL_MAX_YEARS,
  articleFrontmatterSchema,
  authorSchema,
  pageFrontmatterSchema,
  referenceLibrarySchema,
} from './schemas'

/** One thing wrong with one field of one file, said so that an editor can fix it. */
export type ContentIssue = { file: string; field: string; reason: string }

export type SourceDocument = {
  /** Path from the repository root, e.g. content/articles/common-side-effects.mdx */
  file: string
  slug: string
  /** The fields as contentlayer produced them (frontmatter plus defaults). */
  fields: Record<string, unknown>
  bodyRaw: string
  citedKeys: string[]
}

export type ContentInput = {
  articles: SourceDocument[]
  pages: SourceDocument[]
  authors: { file: string; data: unknown }[]
  references: { file: string; data: unknown }
  riskFigures: { file: string; data: unknown }
  recoveryTimeline: { file: string; data: unknown }
  symptomGuide: { file: string; data: unknown }
  consultationChecklist: { file: string; data: unknown }
  /** Every .mdx file on disk, so that a file contentlayer dropped is noticed. */
  sourceFiles: string[]
}

export function formatIssue(issue: ContentIssue): string {
  return `${issue.file} › ${issue.field}: ${issue.reason}`
}

export class ContentError extends Error {
  constructor(readonly issues: ContentIssue[]) {
    super(`Content check failed with ${issues.length} problem(s):\n${issues.map((i) => `  ✖ ${formatIssue(i)}`).join('\n')}`)
    this.name = 'ContentError'
  }
}

function zodIssues(file: string, error: z.ZodError, prefix = ''): ContentIssue[] {
  return error.issues.map((issue) => ({
    file,
    field: [prefix, ...issue.path.map(String)].filter(Boolean).join('.') || '(whole file)',
    reason: issue.message,
  }))
}

/** Every citation key held in a "source" or "sources" field anywhere in a data file, with its path. */
export function citationKeysIn(data: unknown, path: string[] = []): { path: string; key: string }[] {
  if (Array.isArray(data)) return data.flatMap((item, index) => citationKeysIn(item, [...path, String(index)]))
  if (data === null || typeof data !== 'object') return []
  return Object.entries(data).flatMap(([name, value]) => {
    if (name === 'source' && typeof value === 'string') return [{ path: [...path, name].join('.'), key: value }]
    if (name === 'sources' && Array.isArray(value)) {
      return value.flatMap((key, index) => (typeof key === 'string' ? [{ path: [...path, name, String(index)].join('.'), key }] : []))
    }
    return citationKeysIn(value, [...path, name])
  })
}

function addYears(day: string, years: number): string {
  const date = new Date(`${day}T00:00:00Z`)
  date.setUTCFullYear(date.getUTCFullYear() + years)
  return date.toISOString().slice(0, 10)
}

const fileStem = (file: string) => file.split('/').pop()?.replace(/\.[^.]+$/, '') ?? file

export function checkContent(input: ContentInput, options: { today: string }): ContentIssue[] {
  const issues: ContentIssue[] = []
  const { today } = options

  const authorIds = new Set<string>()
  for (const { file, data } of input.authors) {
    const parsed = authorSchema.safeParse(data)
    if (!parsed.success) {
      issues.push(...zodIssues(file, parsed.error))
      continue
    }
    if (parsed.data.id !== fileStem(file)) {
      issues.push({ file, field: 'id', reason: `must match the file name ("${fileStem(file)}")` })
    }
    authorIds.add(parsed.data.id)
  }

  const referenceKeys = new Set<string>()
  const references = referenceLibrarySchema.safeParse(input.references.data)
  if (!references.success) {
    issues.push(...zodIssues(input.references.file, references.error))
  } else {
    references.data.forEach((reference, index) => {
      if (referenceKeys.has(reference.key)) {
        issues.push({ file: input.references.file, field: `${index}.key`, reason: `"${reference.key}" is listed twice` })
      }
      referenceKeys.add(reference.key)
    })
  }

  // Tool data: each file is checked against its schema, and every citation key in it
  // (any "source" or "sources" field, however deep) must be in the reference library.
  const checkToolFile = <T,>(entry: { file: string; data: unknown }, schema: z.ZodType<T>): T | undefined => {
    const parsed = schema.safeParse(entry.data)
    if (!parsed.success) {
      issues.push(...zodIssues(entry.file, parsed.error))
      return undefined
    }
    if (references.success) {
      for (const { path, key } of citationKeysIn(entry.data)) {
        if (!referenceKeys.has(key)) issues.push({ file: entry.file, field: path, reason: `"${key}" is not in ${input.references.file}` })
      }
    }
    return parsed.data
  }
  const figures = checkToolFile(input.riskFigures, riskFiguresSchema)
  const figureSources = new Map((figures ?? []).map((figure) => [figure.id, figure.source]))
  const timeline = checkToolFile(input.recoveryTimeline, recoveryTimelineSchema)
  const timelineKeys = timeline ? timelineSources(timeline) : []
  checkToolFile(input.symptomGuide, symptomGuideSchema)
  const checklist = checkToolFile(input.consultationChecklist, checklistSchema)
  if (checklist) {
    // Each "why" link must land on a real page and, with a #section, on a real heading there.
    const docsByUrl = new Map<string, SourceDocument>([
      ...input.articles.map((doc) => [articlePath(doc.slug), doc] as const),
      ...input.pages.map((doc) => [contentPagePath(doc.slug), doc] as const),
    ])
    checklist.sections.forEach((section, sectionIndex) =>
      section.items.forEach((item, itemIndex) => {
        const [pathname = '', hash] = item.link.split('#')
        const target = docsByUrl.get(pathname)
        const field = `sections.${sectionIndex}.items.${itemIndex}.link`
        if (!target) issues.push({ file: input.consultationChecklist.file, field, reason: `no article or page is at ${pathname}` })
        else if (hash && !extractToc(target.bodyRaw).some((entry) => entry.id === hash)) {
          issues.push({ file: input.consultationChecklist.file, field, reason: `${target.file} has no section with the id "${hash}"` })
        }
      }),
    )
  }

  const generated = new Set([...input.articles, ...input.pages].map((doc) => doc.file))
  for (const file of input.sourceFiles) {
    if (!generated.has(file)) {
      issues.push({ file, field: '(document)', reason: 'was not turned into a page by contentlayer; it would be missing from the site' })
    }
  }

  const articleSlugs = new Map<string, string>()
  for (const article of input.articles) {
    const seen = articleSlugs.get(article.slug)
    if (seen) issues.push({ file: article.file, field: 'slug', reason: `"${article.slug}" is already used by ${seen}` })
    else articleSlugs.set(article.slug, article.file)
  }

  const checkBody = (doc: SourceDocument, listed: string[], minSections: number) => {
    const { file, bodyRaw } = doc
    if (bodyRaw.trim() === '') {
      issues.push({ file, field: 'body', reason: 'is empty' })
      return
    }
    const levels = headingLevels(bodyRaw)
    if (levels.includes(1)) {
      issues.push({ file, field: 'body', reason: 'must not use a level-1 heading (#): the page title is the only h1' })
    }
    const sections = levels.filter((level) => level === 2).length
    if (sections < minSections) {
      issues.push({ file, field: 'body', reason: `needs at least ${minSections} sections (## headings) for the table of contents` })
    }
    for (const id of extractRiskFigureIds(bodyRaw)) {
      const source = figureSources.get(id)
      if (source === undefined) {
        if (figures) issues.push({ file, field: 'body', reason: `<RiskFigure id="${id}" /> is not in ${input.riskFigures.file}` })
      } else if (!doc.citedKeys.includes(source)) {
        issues.push({ file, field: 'body', reason: `<RiskFigure id="${id}" /> needs its source "${source}" cited in the text with <Cite source="${source}" />` })
      }
    }
    if (usesComponent(bodyRaw, 'RecoveryTimeline') && timeline) {
      const uncited = timelineKeys.filter((key) => !doc.citedKeys.includes(key))
      if (uncited.length > 0) {
        issues.push({ file, field: 'body', reason: `<RecoveryTimeline /> needs these sources cited in the text too: ${uncited.join(', ')}` })
      }
    }
    for (const key of doc.citedKeys) {
      if (!listed.includes(key)) {
        issues.push({ file, field: 'citations', reason: `the body cites "${key}" but the citations list does not include it` })
      }
    }
    listed.forEach((key, index) => {
      if (!referenceKeys.has(key) && references.success) {
        issues.push({ file, field: `citations.${index}`, reason: `"${key}" is not in ${input.references.file}` })
      }
      if (!doc.citedKeys.includes(key)) {
        issues.push({ file, field: `citations.${index}`, reason: `"${key}" is listed but never cited in the body with <Cite source="${key}" />` })
      }
    })
  }

  for (const article of input.articles) {
    const { file } = article
    const parsed = articleFrontmatterSchema.safeParse(article.fields)
    if (!parsed.success) {
      issues.push(...zodIssues(file, parsed.error))
      checkBody(article, Array.isArray(article.fields.citations) ? (article.fields.citations as string[]) : [], 2)
      continue
    }
    const fm = parsed.data
    if (fm.lastReviewed < fm.publishedAt) {
      issues.push({ file, field: 'lastReviewed', reason: `(${fm.lastReviewed}) must not be before publishedAt (${fm.publishedAt})` })
    }
    if (fm.nextReviewDue <= fm.lastReviewed) {
      issues.push({ file, field: 'nextReviewDue', reason: `(${fm.nextReviewDue}) must be after lastReviewed (${fm.lastReviewed})` })
    }
    const latest = addYears(fm.lastReviewed, REVIEW_INTERVAL_MAX_YEARS)
    if (fm.nextReviewDue > latest) {
      issues.push({ file, field: 'nextReviewDue', reason: `(${fm.nextReviewDue}) must be within ${REVIEW_INTERVAL_MAX_YEARS} years of lastReviewed, by ${latest}` })
    }
    if (fm.lastReviewed > today) {
      issues.push({ file, field: 'lastReviewed', reason: `(${fm.lastReviewed}) is in the future` })
    }
    if (fm.nextReviewDue < today) {
      issues.push({ file, field: 'nextReviewDue', reason: `the review was due on ${fm.nextReviewDue}: review the article, then update lastReviewed and nextReviewDue` })
    }
    for (const role of ['author', 'reviewer'] as const) {
      if (!authorIds.has(fm[role])) {
        issues.push({ file, field: role, reason: `"${fm[role]}" has no profile in content/authors` })
      }
    }
    fm.related.forEach((slug, index) => {
      if (slug === article.slug) issues.push({ file, field: `related.${index}`, reason: 'an article cannot be related to itself' })
      else if (!articleSlugs.has(slug)) issues.push({ file, field: `related.${index}`, reason: `no article has the slug "${slug}"` })
    })
    checkBody(article, fm.citations, 2)
  }

  for (const page of input.pages) {
    const parsed = pageFrontmatterSchema.safeParse(page.fields)
    if (!parsed.success) {
      issues.push(...zodIssues(page.file, parsed.error))
      continue
    }
    if (parsed.data.lastUpdated > today) {
      issues.push({ file: page.file, field: 'lastUpdated', reason: `(${parsed.data.lastUpdated}) is in the future` })
    }
    checkBody(page, parsed.data.citations, 1)
  }

  return issues
}
