import type { Metadata } from 'next'
import { ArticleCard } from '@/components/article/ArticleCard'
import { JsonLd } from '@/components/site/JsonLd'
import { PageTitle } from '@/components/site/PageTitle'
import { ReportProblem } from '@/components/site/ReportProblem'
import { siteMessages } from '@/components/site/messages'
import { formatRich } from '@/lib/i18n/rich-text'
import { PageShell } from '@/layouts/PageShell'
import { editionArticles } from '@/lib/content/editions'
import { topicText } from '@/lib/content/topic-messages'
import { TOPICS } from '@/lib/content/topics'
import { localePath, translatedPath, type Locale } from '@/lib/i18n/locales'
import { format } from '@/lib/i18n/messages'
import { getLeadAuthor, siteDescription } from '@/lib/site/lead-author'
import { displayName, jobTitleIn } from '@/lib/site/people'
import { authorPath, CONTENT_PAGES, HOME_PATH, topicPath } from '@/lib/site/routes'
import { pageMetadata } from '@/lib/site/seo'
import { siteConfig } from '@/lib/site/site-config'
import { webSiteJsonLd } from '@/lib/site/structured-data'
import { pageMessages, siteDocumentMessages } from './messages'

const description = (locale: Locale) => (locale === 'en' ? siteDescription() : siteDocumentMessages[locale].siteDescription)

/** The home page of one edition. */
export function homeRoute(locale: Locale) {
  const t = pageMessages[locale]
  const path = localePath(locale, HOME_PATH)
  const title = format(t.homeTitle, { siteName: siteConfig.name })

  const metadata: Metadata = pageMetadata({ title, absoluteTitle: true, description: description(locale), path })

  function HomePage() {
    const author = getLeadAuthor()
    const articles = editionArticles(locale)
    const countText = (count: number) => (count === 1 ? t.oneArticle : count > 1 ? format(t.manyArticles, { count }) : t.comingSoon)
    return (
      <PageShell locale={locale} alternatePath={translatedPath(path, locale === 'en' ? 'es' : 'en')}>
        <div className="mx-auto max-w-3xl">
          <JsonLd data={webSiteJsonLd(description(locale), path)} />
          <PageTitle>{t.homeHeading}</PageTitle>
          <p className="mt-4 text-lg">
            {formatRich(t.homeIntro, {
              author: (
                <a href={localePath(locale, authorPath(author.id))} className="font-semibold text-brand-dark underline">
                  {displayName(author)}
                </a>
              ),
              jobTitle: jobTitleIn(author, locale).toLowerCase(),
            })}
          </p>

          <section aria-labelledby="urgent" className="mt-8 rounded-md border-2 border-l-8 border-care-emergency bg-care-emergency-bg p-5">
            <h2 id="urgent" className="m-0 text-xl font-bold text-care-emergency">
              <span aria-hidden="true">! </span>
              {t.homeUrgentHeading}
            </h2>
            <p className="mt-2 mb-0">
              {formatRich(t.homeUrgentText, { numbers: <strong>{siteMessages[locale].emergencyNumbers}</strong> })}
            </p>
            <p className="mt-3 mb-0">
              <a
                href={localePath(locale, CONTENT_PAGES.urgentHelp)}
                className="inline-flex min-h-11 items-center font-semibold text-care-emergency underline"
              >
                {t.homeUrgentLink}
              </a>
            </p>
          </section>

          <section aria-labelledby="topics" className="mt-10">
            <h2 id="topics" className="text-2xl font-bold">
              {t.homeTopicsHeading}
            </h2>
            <ul className="mt-4 grid gap-4 sm:grid-cols-2">
              {TOPICS.map(({ id }) => {
                const topic = topicText(id, locale)
                return (
                  <li key={id} className="rounded-md border border-line p-4">
                    <h3 className="m-0 text-lg font-bold">
                      <a href={localePath(locale, topicPath(id))} className="text-brand-dark underline">
                        {topic.name}
                      </a>
                    </h3>
                    <p className="mt-1 mb-0">{topic.summary}</p>
                    <p className="mt-1 mb-0 text-sm text-ink-muted">
                      {countText(articles.filter((article) => article.topic === id).length)}
                    </p>
                  </li>
                )
              })}
            </ul>
          </section>

          <section aria-labelledby="start-here" className="mt-10">
            <h2 id="start-here" className="text-2xl font-bold">
              {t.homeStartHeading}
            </h2>
            <ul className="mt-4 grid gap-4">
              {articles.map((article) => (
                <ArticleCard
                  key={article.slug}
                  title={article.title}
                  description={article.description}
                  url={article.url}
                  readingTime={article.readingTime}
                  locale={locale}
                />
              ))}
            </ul>
          </section>
          <ReportProblem page={{ title, path }} locale={locale} />
        </div>
      </PageShell>
    )
  }

  return { metadata, Page: HomePage }
}
