import type { Metadata } from 'next'
import { ArticleCard } from '@/components/article/ArticleCard'
import { getArticles, getArticlesByTopic } from '@/lib/content/accessors'
import { JsonLd } from '@/components/site/JsonLd'
import { pageMetadata } from '@/lib/site/seo'
import { getLeadAuthor, siteDescription } from '@/lib/site/lead-author'
import { displayName } from '@/lib/site/people'
import { authorPath, CONTENT_PAGES, HOME_PATH, topicPath } from '@/lib/site/routes'
import { siteConfig } from '@/lib/site/site-config'
import { webSiteJsonLd } from '@/lib/site/structured-data'
import { PageTitle } from '@/components/site/PageTitle'
import { ReportProblem } from '@/components/site/ReportProblem'

const PAGE = { title: `${siteConfig.name}: clear, sourced answers about the risks of Botox`, path: HOME_PATH }

export const metadata: Metadata = pageMetadata({
  title: PAGE.title,
  absoluteTitle: true,
  description: siteDescription(),
  path: PAGE.path,
})

export default function HomePage() {
  const author = getLeadAuthor()
  const articles = getArticles()
  return (
    <div className="mx-auto max-w-3xl">
      <JsonLd data={webSiteJsonLd(siteDescription(author))} />
      <PageTitle>The risks of Botox, explained in plain numbers</PageTitle>
      <p className="mt-4 text-lg">
        Thinking about Botox, or worried after a treatment? This site explains what can go wrong, how often it happens, and what to do about
        it. Every fact comes from a named source, and every page is written and medically reviewed by{' '}
        <a href={authorPath(author.id)} className="font-semibold text-brand-dark underline">
          {displayName(author)}
        </a>
        {`, ${author.jobTitle.toLowerCase()}`}.
      </p>

      <section aria-labelledby="urgent" className="mt-8 rounded-md border-2 border-l-8 border-care-emergency bg-care-emergency-bg p-5">
        <h2 id="urgent" className="m-0 text-xl font-bold text-care-emergency">
          <span aria-hidden="true">! </span>Worried after a treatment?
        </h2>
        <p className="mt-2 mb-0">
          If you have trouble breathing, swallowing or speaking, call <strong>{siteConfig.emergencyNumbers}</strong> now. These problems can
          start hours to weeks after an injection.
        </p>
        <p className="mt-3 mb-0">
          <a href={CONTENT_PAGES.urgentHelp} className="inline-flex min-h-11 items-center font-semibold text-care-emergency underline">
            See which symptoms need help, and how fast
          </a>
        </p>
      </section>

      <section aria-labelledby="topics" className="mt-10">
        <h2 id="topics" className="text-2xl font-bold">
          Find what you need
        </h2>
        <ul className="mt-4 grid gap-4 sm:grid-cols-2">
          {getArticlesByTopic().map(({ topic, articles: inTopic }) => (
            <li key={topic.id} className="rounded-md border border-line p-4">
              <h3 className="m-0 text-lg font-bold">
                <a href={topicPath(topic.id)} className="text-brand-dark underline">
                  {topic.name}
                </a>
              </h3>
              <p className="mt-1 mb-0">{topic.summary}</p>
              <p className="mt-1 mb-0 text-sm text-ink-muted">
                {inTopic.length === 1 ? '1 article' : inTopic.length > 1 ? `${inTopic.length} articles` : 'Coming soon'}
              </p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="start-here" className="mt-10">
        <h2 id="start-here" className="text-2xl font-bold">
          Start here
        </h2>
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
      </section>
      <ReportProblem page={PAGE} />
    </div>
  )
}
