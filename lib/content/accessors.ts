import { allArticles, allPages, type Article, type Page } from 'contentlayer/generated'
import { checklistSchema, type ChecklistData } from '../consultation-checklist-schema'
import { ContentError, checkContent } from './rules'
import { readContentInput, todayIso } from './source'
import { recoveryTimelineSchema } from '../recovery-timeline'
import { riskFiguresSchema, type RiskFigureData } from '../risk-figures'
import { symptomGuideSchema, type SymptomGuideData } from '../symptom-guide-schema'
import type { ToolData } from '../tool-data'
import { authorSchema, type Author } from './schemas/author'
import { referenceLibrarySchema, type Reference } from './schemas/references'
import { TOPICS, type Topic } from './topics'

/**
 * The site's single door to its content. It refuses to hand anything out
 * unless every rule in lib/content/rules/ holds, so even a build that skips
 * `npm run build`'s own check cannot publish a bad document.
 */

const input = readContentInput({ articles: allArticles, pages: allPages })
const issues = checkContent(input, { today: todayIso() })
if (issues.length > 0) throw new ContentError(issues)

const authors: Author[] = input.authors.map(({ data }) => authorSchema.parse(data))
const references: Reference[] = referenceLibrarySchema.parse(input.references.data)
const riskFigures: RiskFigureData[] = riskFiguresSchema.parse(input.riskFigures.data)
const recoveryTimeline = recoveryTimelineSchema.parse(input.recoveryTimeline.data)
const symptomGuide: SymptomGuideData = symptomGuideSchema.parse(input.symptomGuide.data)
const consultationChecklist: ChecklistData = checklistSchema.parse(input.consultationChecklist.data)

/** Drafts are visible while editing (`npm run dev`) and never in a production build. */
export function visibleArticles<T extends { draft: boolean }>(articles: readonly T[], includeDrafts: boolean): T[] {
  return articles.filter((article) => includeDrafts || !article.draft)
}

const includeDrafts = process.env.NODE_ENV !== 'production'

const byTitle = (a: Article, b: Article) => a.title.localeCompare(b.title)

export function getArticles(): Article[] {
  return visibleArticles(allArticles, includeDrafts).sort(byTitle)
}

export function getArticle(slug: string): Article | undefined {
  return getArticles().find((article) => article.slug === slug)
}

/** generateStaticParams for every route under /articles/[slug]/: the page, its social image and its QR code. */
export function articleSlugParams(): { slug: string }[] {
  return getArticles().map((article) => ({ slug: article.slug }))
}

export function getArticlesByTopic(): { topic: Topic; articles: Article[] }[] {
  const articles = getArticles()
  return TOPICS.map((topic) => ({ topic, articles: articles.filter((article) => article.topic === topic.id) }))
}

export function getRelatedArticles(article: Article): Article[] {
  return article.related.map((slug) => getArticle(slug)).filter((related): related is Article => related !== undefined)
}

export function getAuthors(): Author[] {
  return authors
}

export function getAuthor(id: string): Author | undefined {
  return authors.find((author) => author.id === id)
}

export function getArticlesByPerson(id: string): Article[] {
  return getArticles().filter((article) => article.author === id || article.reviewer === id)
}

/** The references a document cites, in the order the body first cites them (their numbers). */
export function getCitedReferences(citedKeys: readonly string[]): Reference[] {
  return citedKeys.map((key) => {
    const reference = references.find((entry) => entry.key === key)
    if (!reference) throw new Error(`Unknown citation key ${key}`)
    return reference
  })
}

export function getPages(): Page[] {
  return [...allPages]
}

export function getPage(slug: string): Page | undefined {
  return allPages.find((page) => page.slug === slug)
}

export function getReferences(): Reference[] {
  return references
}

export function getRiskFigures(): RiskFigureData[] {
  return riskFigures
}

/** The data the MDX tool components (risk pictures, recovery timeline) draw from. */
export function getToolData(): ToolData {
  return { riskFigures, recoveryTimeline }
}

export function getSymptomGuide(): SymptomGuideData {
  return symptomGuide
}

export function getConsultationChecklist(): ChecklistData {
  return consultationChecklist
}
