import type { Metadata } from 'next'
import { ArticleCard } from '@/components/article/ArticleCard'
import { JsonLd } from '@/components/site/JsonLd'
import { PageTitle } from '@/components/site/PageTitle'
import { ReportProblem } from '@/components/site/ReportProblem'
import { formatRich } from '@/lib/i18n/rich-text'
import { PageShell } from '@/layouts/PageShell'
import { editionArticles } from '@/lib/content/editions'
import { topicText } from '@/lib/content/topic-messages'
import { TOPICS } from '@/lib/content/topics'
import { localePath, translatedPath, type Locale } from '@/lib/i18n/locales'
import { format } from '@/lib/i18n/messages'
import { getLeadAuthor } from '@/lib/site/lead-author'
import { displayName } from '@/lib/site/people'
import { ARTICLES_INDEX } from '@/lib/site/routes'
import { pageMetadata } from '@/lib/site/seo'
import { breadcrumbsJsonLd } from '@/lib/site/structured-data'
import { pageMessages } from './messages'

/** Every article of one edition, grouped by topic. */
export function articlesIndexRoute(locale: Locale) {
  const t = pageMessages[locale]
  const path = localePath(locale, ARTICLES_INDEX.path)
  const metadata: Metadata = pageMetadata({ title: t.indexTitle, description: t.indexDescription, path })

  function ArticlesIndexPage() {
    const articles = editionArticles(locale)
    const overview = articles[0]
    const topics = TOPICS.map(({ id }) => ({ topic: topicText(id, locale), articles: articles.filter((article) => article.topic === id) }))
    return (
      <PageShell locale={locale} alternatePath={translatedPath(path, locale === 'en' ? 'es' : 'en')}>
        <div className="mx-auto max-w-measure">
          <JsonLd data={breadcrumbsJsonLd({ name: t.indexTitle, path })} />
          <PageTitle>{t.indexTitle}</PageTitle>
          <p className="mt-3 text-lg text-ink-muted">{format(t.indexIntro, { reviewer: displayName(getLeadAuthor()) })}</p>
          <nav aria-label={t.indexTopicsLabel} className="my-6">
            <ul className="flex flex-wrap gap-2">
              {topics.map(({ topic }) => (
                <li key={topic.id}>
                  <a
                    href={`#${topic.id}`}
                    className="inline-flex min-h-11 items-center rounded-full border border-brand px-4 text-brand-dark underline"
                  >
                    {topic.name}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          {topics.map(({ topic, articles: inTopic }) => (
            <section key={topic.id} aria-labelledby={topic.id} className="mt-10">
              <h2 id={topic.id} className="text-2xl font-bold">
                {topic.name}
              </h2>
              <p className="mt-1 text-ink-muted">{topic.summary}</p>
              {inTopic.length > 0 ? (
                <ul className="mt-4 grid gap-4">
                  {inTopic.map((article) => (
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
              ) : (
                <p className="mt-4 rounded-md border border-dashed border-line p-4">
                  {t.indexEmptyTopic}
                  {overview ? (
                    <>
                      {' '}
                      {formatRich(t.indexEmptyTopicUntil, {
                        article: (
                          <a href={overview.url} className="text-brand-dark underline">
                            {overview.title}
                          </a>
                        ),
                      })}
                    </>
                  ) : null}
                </p>
              )}
            </section>
          ))}
          <ReportProblem page={{ title: t.indexTitle, path }} locale={locale} />
        </div>
      </PageShell>
    )
  }

  return { metadata, Page: ArticlesIndexPage }
}
