import type { Metadata } from 'next'
import { ArticleCard } from '@/components/article/ArticleCard'
import { JsonLd } from '@/components/site/JsonLd'
import { getArticles, getArticlesByTopic } from '@/lib/content/accessors'
import { pageMetadata } from '@/lib/site/seo'
import { getLeadAuthor } from '@/lib/site/lead-author'
import { displayName } from '@/lib/site/people'
import { ARTICLES_INDEX } from '@/lib/site/routes'
import { breadcrumbsJsonLd } from '@/lib/site/structured-data'
import { PageTitle } from '@/components/site/PageTitle'
import { ReportProblem } from '@/components/site/ReportProblem'

export const metadata: Metadata = pageMetadata({
  title: ARTICLES_INDEX.title,
  description:
    'Every article on the risks of Botox, grouped by topic: side effects, complications, risks and benefits, choosing a practitioner and more.',
  path: ARTICLES_INDEX.path,
})

export default function ArticlesIndexPage() {
  const overview = getArticles()[0]
  return (
    <div className="mx-auto max-w-measure">
      <JsonLd data={breadcrumbsJsonLd({ name: ARTICLES_INDEX.title, path: ARTICLES_INDEX.path })} />
      <PageTitle>{ARTICLES_INDEX.title}</PageTitle>
      <p className="mt-3 text-lg text-ink-muted">{`Each article is written in plain English, cites its sources and is reviewed by ${displayName(getLeadAuthor())}.`}</p>
      <nav aria-label="Topics" className="my-6">
        <ul className="flex flex-wrap gap-2">
          {getArticlesByTopic().map(({ topic }) => (
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
      {getArticlesByTopic().map(({ topic, articles }) => (
        <section key={topic.id} aria-labelledby={topic.id} className="mt-10">
          <h2 id={topic.id} className="text-2xl font-bold">
            {topic.name}
          </h2>
          <p className="mt-1 text-ink-muted">{topic.summary}</p>
          {articles.length > 0 ? (
            <ul className="mt-4 grid gap-4">
              {articles.map((article) => (
                <ArticleCard
                  key={article.slug}
                  title={article.title}
                  description={article.description}
                  url={article.url}
                  readingTime={article.readingTime}
                />
              ))}
            </ul>
          ) : (
            <p className="mt-4 rounded-md border border-dashed border-line p-4">
              Articles on this topic are being written and reviewed.
              {overview ? (
                <>
                  {' '}
                  Until then,{' '}
                  <a href={overview.url} className="text-brand-dark underline">
                    {overview.title}
                  </a>{' '}
                  covers the basics.
                </>
              ) : null}
            </p>
          )}
        </section>
      ))}
      <ReportProblem page={ARTICLES_INDEX} />
    </div>
  )
}
