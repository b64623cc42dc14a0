import type { BreadcrumbList, FAQPage, IndividualPhysician, MedicalWebPage, Person, WebSite, WithContext } from 'schema-dts'
import type { FaqEntry } from '@/lib/content/mdx/faq'
import type { Author } from '@/lib/content/schemas/author'
import type { Reference } from '@/lib/content/schemas/references'
import { displayName } from './people'
import { authorPath, HOME_PATH } from './routes'
import { absoluteUrl, siteConfig } from './site-config'

/** JSON-LD for search engines, typed with schema-dts so a misspelt property fails the type check. */

export function authorUrl(author: Author): string {
  return absoluteUrl(authorPath(author.id))
}

/** The writer or reviewer of a page, as a Person linking to the profile page. */
export function personJsonLd(author: Author): Person {
  return {
    '@type': 'Person',
    '@id': `${authorUrl(author)}#person`,
    name: displayName(author),
    url: authorUrl(author),
    jobTitle: author.jobTitle,
    knowsAbout: author.specialties,
    ...(author.sameAs.length > 0 ? { sameAs: author.sameAs } : {}),
  }
}

type ArticleForJsonLd = { title: string; description: string; url: string; lastReviewed: string; publishedAt: string }

export function medicalWebPageJsonLd(
  article: ArticleForJsonLd,
  author: Author,
  reviewer: Author,
  references: readonly Reference[],
): WithContext<MedicalWebPage> {
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    '@id': absoluteUrl(article.url),
    url: absoluteUrl(article.url),
    headline: article.title,
    name: article.title,
    description: article.description,
    inLanguage: siteConfig.locale,
    datePublished: article.publishedAt.slice(0, 10),
    lastReviewed: article.lastReviewed.slice(0, 10),
    about: { '@type': 'Drug', name: 'Botox', nonProprietaryName: 'onabotulinumtoxinA' },
    medicalAudience: { '@type': 'MedicalAudience', audienceType: 'Patient' },
    author: personJsonLd(author),
    reviewedBy: personJsonLd(reviewer),
    citation: references.map((reference) => ({
      '@type': 'CreativeWork',
      name: reference.title,
      publisher: { '@type': 'Organization', name: reference.publisher },
      url: reference.url,
      ...(reference.year ? { datePublished: String(reference.year) } : {}),
    })),
    isPartOf: { '@type': 'WebSite', name: siteConfig.name, url: absoluteUrl(HOME_PATH) },
  }
}

/** FAQPage for a questions article: only the questions and answers the page itself shows. */
export function faqPageJsonLd(pageUrl: string, entries: readonly FaqEntry[]): WithContext<FAQPage> {
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    '@id': `${absoluteUrl(pageUrl)}#faq`,
    url: absoluteUrl(pageUrl),
    inLanguage: siteConfig.locale,
    mainEntity: entries.map((entry) => ({
      '@type': 'Question',
      name: entry.question,
      url: absoluteUrl(`${pageUrl}#${entry.id}`),
      acceptedAnswer: { '@type': 'Answer', text: entry.answer },
    })),
  }
}

type Crumb = { name: string; path: string }

/** The trail from the home page down to this page; every trail starts at Home, so callers give only the steps after it. */
export function breadcrumbsJsonLd(...trail: readonly Crumb[]): WithContext<BreadcrumbList> {
  const crumbs: Crumb[] = [{ name: 'Home', path: HOME_PATH }, ...trail]
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: absoluteUrl(crumb.path),
    })),
  }
}

export function webSiteJsonLd(description: string): WithContext<WebSite> {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: siteConfig.name,
    url: absoluteUrl(HOME_PATH),
    description,
    inLanguage: siteConfig.locale,
  }
}

/** The author page: the doctor as a physician (schema.org's IndividualPhysician), with their specialty. */
export function physicianPageJsonLd(author: Author): WithContext<IndividualPhysician> {
  return {
    '@context': 'https://schema.org',
    '@type': 'IndividualPhysician',
    '@id': `${authorUrl(author)}#physician`,
    name: displayName(author),
    url: authorUrl(author),
    description: author.bio.join(' '),
    medicalSpecialty: 'Dermatologic',
  }
}
