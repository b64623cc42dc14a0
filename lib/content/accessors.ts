import { allArticles, allArticleTranslations, allPages, allPageTranslations, type Article, type Page } from 'contentlayer/generated'
import type { ChecklistData } from '@/tools/consultation-checklist/schema'
import type { ToolData } from '../tool-data'
import type { DataFileName, DataValue, TranslatedDataFile } from './data-files'
import { englishEditionData } from './edition-data'
import { buildContext } from './rules/context'
import { loadContent } from './rules'
import type { Author } from './schemas/author'
import type { Reference } from './schemas/references'
import { readContentInput, todayIso } from './source'
import { TOPICS, type Topic } from './topics'
import { correctionsLog, type CorrectionEntry } from './corrections'

/**
 * The site's single door to its content. It refuses to hand anything out
 * unless every rule in lib/content/rules/ holds, so even a build that skips
 * `npm run build`'s own check cannot publish a bad document.
 */

const input = readContentInput({
  articles: allArticles,
  pages: allPages,
  articleTranslations: allArticleTranslations,
  pageTranslations: allPageTranslations,
})
const data = loadContent(input, { today: todayIso() })

/** The Spanish overlays of the data files, as read with the content (already checked by the content rules). */
export function getDataTranslation(name: TranslatedDataFile): unknown {
  return input.dataTranslations.find((entry) => entry.name === name)?.data
}

/** A data file as the Spanish edition needs it before translation (lib/content/edition-data.ts). */
export function getEditionBase(name: TranslatedDataFile): unknown {
  return englishEditionData(name, buildContext(input, todayIso()))
}

/** A data file from lib/content/data-files.ts, checked: `getData('consultationChecklist')`. */
export function getData<K extends DataFileName>(name: K): DataValue<K> {
  return data[name]
}

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
  return getData('authors')
}

export function getAuthor(id: string): Author | undefined {
  return getAuthors().find((author) => author.id === id)
}

export function getArticlesByPerson(id: string): Article[] {
  return getArticles().filter((article) => article.author === id || article.reviewer === id)
}

/** The references a document cites, in the order the body first cites them (their numbers). */
export function getCitedReferences(citedKeys: readonly string[]): Reference[] {
  return citedKeys.map((key) => {
    const reference = getData('references').find((entry) => entry.key === key)
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

/** The data the MDX tool components (risk pictures, recovery timeline) draw from. */
export function getToolData(): ToolData {
  return { riskFigures: getData('riskFigures'), recoveryTimeline: getData('recoveryTimeline'), triage: getData('triageModel') }
}

export function getConsultationChecklist(): ChecklistData {
  return getData('consultationChecklist')
}

/** Every review's changes, newest first: the corrections page, its Atom feed and each article's JSON-LD. */
export function getCorrections(): CorrectionEntry[] {
  return correctionsLog(getArticles())
}
