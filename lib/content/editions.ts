import { allArticleTranslations, allPageTranslations, type Article, type Page } from 'contentlayer/generated'
import type { TranslationFacts } from '@/components/article/TranslationNotice'
import { DEFAULT_LOCALE, type Locale } from '@/lib/i18n/locales'
import { displayName } from '@/lib/site/people'
import { siteConfig } from '@/lib/site/site-config'
import type { ToolData } from '@/lib/tool-data'
import type { ChecklistData } from '@/tools/consultation-checklist/schema'
import { getArticle, getArticles, getAuthor, getData, getDataTranslation, getEditionBase, getPage, getPages } from './accessors'
import type { DataValue, TranslatedDataFile } from './data-files'
import { translatedData } from './edition-data'

/**
 * The documents of each edition. An edition's article is its English source with the translated parts
 * (title, description, key points, body, review history lines) laid over it: dates, author, reviewer, topic,
 * citations and related articles exist once, in the English file. The content rules have already checked that
 * every translation exists, is current and cites the same sources.
 */

export type EditionDocument<T> = T & { locale: Locale; translation?: TranslationFacts }

function translationFacts(english: { url: string }, fields: { translatedAt: string; translator?: string; translationReviewer?: string; translationReviewedAt?: string }, review: { lastReviewed: string; reviewer: string }): TranslationFacts {
  const reviewer = getAuthor(review.reviewer)
  return {
    sourcePath: english.url,
    sourceLastReviewed: review.lastReviewed,
    reviewerName: reviewer ? displayName(reviewer) : review.reviewer,
    translatedAt: fields.translatedAt,
    ...(fields.translator ? { translator: fields.translator } : {}),
    ...(fields.translationReviewer ? { translationReviewer: fields.translationReviewer } : {}),
    ...(fields.translationReviewedAt ? { translationReviewedAt: fields.translationReviewedAt } : {}),
  }
}

function localizeArticle(english: Article, locale: Locale): EditionDocument<Article> {
  if (locale === DEFAULT_LOCALE) return { ...english, locale }
  const translation = allArticleTranslations.find((doc) => doc.slug === english.slug)
  if (!translation) throw new Error(`${english._raw.sourceFilePath} has no ${locale} translation (the content rules should have stopped the build)`)
  return {
    ...english,
    title: translation.title,
    description: translation.description,
    keyPoints: translation.keyPoints,
    body: translation.body,
    toc: translation.toc,
    citedKeys: translation.citedKeys,
    readingTime: translation.readingTime,
    wordCount: translation.wordCount,
    reviewChanges: translation.reviewChanges,
    url: translation.url,
    locale,
    translation: translationFacts(english, translation, english),
  }
}

function localizePage(english: Page, locale: Locale): EditionDocument<Page> {
  if (locale === DEFAULT_LOCALE) return { ...english, locale }
  const translation = allPageTranslations.find((doc) => doc.slug === english.slug)
  if (!translation) throw new Error(`${english._raw.sourceFilePath} has no ${locale} translation (the content rules should have stopped the build)`)
  return {
    ...english,
    title: translation.title,
    description: translation.description,
    body: translation.body,
    toc: translation.toc,
    citedKeys: translation.citedKeys,
    url: translation.url,
    locale,
    // A page has no medical review of its own: the translation notice names its last update instead.
    translation: translationFacts(english, translation, { lastReviewed: english.lastUpdated, reviewer: siteConfig.leadAuthorId }),
  }
}

export const editionArticles = (locale: Locale): EditionDocument<Article>[] =>
  getArticles()
    .map((article) => localizeArticle(article, locale))
    .sort((a, b) => a.title.localeCompare(b.title, locale))

export function editionArticle(slug: string, locale: Locale): EditionDocument<Article> | undefined {
  const english = getArticle(slug)
  return english ? localizeArticle(english, locale) : undefined
}

export const editionPages = (locale: Locale): EditionDocument<Page>[] => getPages().map((page) => localizePage(page, locale))

export function editionPage(slug: string, locale: Locale): EditionDocument<Page> | undefined {
  const english = getPage(slug)
  return english ? localizePage(english, locale) : undefined
}


const editionDataCache = new Map<string, unknown>()

/** A data file in an edition: English as checked, Spanish with its overlay's words (memoised: every page asks). */
export function editionData<K extends TranslatedDataFile>(name: K, locale: Locale): DataValue<K> {
  if (locale === DEFAULT_LOCALE) return getData(name)
  const key = `${locale}:${name}`
  if (!editionDataCache.has(key)) editionDataCache.set(key, translatedData(name, getEditionBase(name), getDataTranslation(name), locale))
  return editionDataCache.get(key) as DataValue<K>
}

/** The data the MDX tool components (risk pictures, recovery timeline, care cards) draw, in an edition. */
export function editionToolData(locale: Locale): ToolData {
  return {
    riskFigures: editionData('riskFigures', locale),
    recoveryTimeline: editionData('recoveryTimeline', locale),
    triage: editionData('triageModel', locale),
  }
}

export const editionChecklist = (locale: Locale): ChecklistData => editionData('consultationChecklist', locale)
