import type { BreadcrumbList, FAQPage, IndividualPhysician, MedicalWebPage, Organization, Person, WebSite, WithContext } from 'schema-dts'
import { correctionId } from '@/lib/content/corrections'
import type { FaqEntry } from '@/lib/content/mdx/faq'
import type { ReviewChange } from '@/lib/content/schemas/frontmatter'
import type { Author } from '@/lib/content/schemas/author'
import type { Reference } from '@/lib/content/schemas/references'
import { displayName, jobTitleIn } from './people'
import { authorPath, CONTENT_PAGES, CORRECTIONS, HOME_PATH, REPORTS_POLICY_PATH } from './routes'
import { absoluteUrl, siteConfig } from './site-config'
import { DEFAULT_LOCALE, LOCALE_SETTINGS, localeOfPath, localePath, translatedPath, type Locale } from '@/lib/i18n/locales'

/** The language of a page, from its path: the same value as its <html lang>. */
const languageOf = (path: string) => LOCALE_SETTINGS[localeOfPath(path)].lang

/** "Home" in each edition, the first step of every breadcrumb trail. */
const HOME_NAME = { en: 'Home', es: 'Inicio' } as const

/** JSON-LD for search engines, typed with schema-dts so a misspelt property fails the type check. */

export function authorUrl(author: Author): string {
  return absoluteUrl(authorPath(author.id))
}

/** The writer or reviewer of a page, as a Person linking to the profile page; the job title in the page's language. */
export function personJsonLd(author: Author, locale: Locale = DEFAULT_LOCALE): Person {
  return {
    '@type': 'Person',
    '@id': `${authorUrl(author)}#person`,
    name: displayName(author),
    url: authorUrl(author),
    jobTitle: jobTitleIn(author, locale),
    knowsAbout: author.specialties,
    ...(author.sameAs.length > 0 ? { sameAs: author.sameAs } : {}),
    // Only what the profile gives: no registration or membership is ever filled in for anyone.
    ...(author.registrations.length > 0
      ? {
          identifier: author.registrations.map((registration) => ({
            '@type': 'PropertyValue' as const,
            propertyID: registration.register,
            value: registration.number,
            ...(registration.url ? { url: registration.url } : {}),
          })),
        }
      : {}),
    ...(author.professionalBodies.memberships.length > 0
      ? {
          memberOf: author.professionalBodies.memberships.map((body) => ({
            '@type': 'Organization' as const,
            name: body.name,
            ...(body.url ? { url: body.url } : {}),
          })),
        }
      : {}),
  }
}

/** Who publishes the site, from the site config: the same facts the "Who we are" page shows. */
export function publisherJsonLd(): Organization {
  return {
    '@type': 'Organization',
    '@id': `${absoluteUrl(HOME_PATH)}#publisher`,
    name: siteConfig.publisher.name,
    url: absoluteUrl(HOME_PATH),
    email: siteConfig.editorialEmail,
    description: `${siteConfig.publisher.runBy} ${siteConfig.publisher.funding}`,
    publishingPrinciples: absoluteUrl(CONTENT_PAGES.about),
    ethicsPolicy: absoluteUrl(CONTENT_PAGES.whoWeAre),
    correctionsPolicy: absoluteUrl(REPORTS_POLICY_PATH),
  }
}

type ArticleForJsonLd = { title: string; description: string; url: string; lastReviewed: string; publishedAt: string }

export function medicalWebPageJsonLd(
  article: ArticleForJsonLd,
  author: Author,
  reviewer: Author,
  references: readonly Reference[],
  /** The article's "what changed at this review" entries, newest first; each change is a schema.org correction. */
  reviewChanges: readonly ReviewChange[],
  slug: string,
): WithContext<MedicalWebPage> {
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    '@id': absoluteUrl(article.url),
    url: absoluteUrl(article.url),
    headline: article.title,
    name: article.title,
    description: article.description,
    inLanguage: languageOf(article.url),
    // A translation says which page it translates, so that search engines pair the two.
    ...(localeOfPath(article.url) !== DEFAULT_LOCALE
      ? { translationOfWork: { '@id': absoluteUrl(translatedPath(article.url, DEFAULT_LOCALE)) } }
      : {}),
    datePublished: article.publishedAt.slice(0, 10),
    lastReviewed: article.lastReviewed.slice(0, 10),
    about: { '@type': 'Drug', name: 'Botox', nonProprietaryName: 'onabotulinumtoxinA' },
    medicalAudience: { '@type': 'MedicalAudience', audienceType: 'Patient' },
    author: personJsonLd(author, localeOfPath(article.url)),
    reviewedBy: personJsonLd(reviewer, localeOfPath(article.url)),
    publisher: publisherJsonLd(),
    ...(reviewChanges.length > 0
      ? {
          correction: reviewChanges.flatMap((entry) =>
            entry.changes.map((text) => ({
              '@type': 'CorrectionComment' as const,
              text,
              datePublished: entry.date,
              url: absoluteUrl(`${localePath(localeOfPath(article.url), CORRECTIONS.path)}#${correctionId(slug, entry.date)}`),
            })),
          ),
        }
      : {}),
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
    inLanguage: languageOf(pageUrl),
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
  const locale = localeOfPath(trail[0]?.path ?? HOME_PATH)
  const crumbs: Crumb[] = [{ name: HOME_NAME[locale], path: localePath(locale, HOME_PATH) }, ...trail]
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

export function webSiteJsonLd(description: string, homePath: string = HOME_PATH): WithContext<WebSite> {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: siteConfig.name,
    url: absoluteUrl(homePath),
    description,
    inLanguage: languageOf(homePath),
    publisher: publisherJsonLd(),
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
