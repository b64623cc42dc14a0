import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { JsonLd } from '@/components/site/JsonLd'
import { ReportProblem } from '@/components/site/ReportProblem'
import { ArticleLayout } from '@/layouts/ArticleLayout'
import { PageShell } from '@/layouts/PageShell'
import { articleSlugParams, getAuthor, getCitedReferences } from '@/lib/content/accessors'
import { editionArticle, editionToolData } from '@/lib/content/editions'
import { extractFaq } from '@/lib/content/mdx/faq'
import { reviewChangesOf } from '@/lib/content/corrections'
import { getTopic } from '@/lib/content/topics'
import { topicText } from '@/lib/content/topic-messages'
import { localePath, translatedPath, type Locale } from '@/lib/i18n/locales'
import { pageMessages } from '@/layouts/pages/messages'
import { pageMetadata } from '@/lib/site/seo'
import { ARTICLES_INDEX, articleSocialImagePath } from '@/lib/site/routes'
import { breadcrumbsJsonLd, faqPageJsonLd, medicalWebPageJsonLd } from '@/lib/site/structured-data'

type Params = { params: Promise<{ slug: string }> }

/** /articles/<slug>/ in one edition: app/(en)/articles/[slug]/page.tsx and app/es/articles/[slug]/page.tsx re-export this. */
export function articleRoute(locale: Locale) {
  const find = async ({ params }: Params) => editionArticle((await params).slug, locale)

  async function generateMetadata(props: Params): Promise<Metadata> {
    const article = await find(props)
    if (!article) return {}
    return pageMetadata({
      title: article.title,
      description: article.description,
      path: article.url,
      imagePath: localePath(locale, articleSocialImagePath(article.slug)),
      type: 'article',
    })
  }

  async function ArticlePage(props: Params) {
    const article = await find(props)
    if (!article) notFound()
    const author = getAuthor(article.author)
    const reviewer = getAuthor(article.reviewer)
    const topic = getTopic(article.topic)
    // The content rules guarantee these exist; the check keeps TypeScript and a future refactor honest.
    if (!author || !reviewer || !topic) throw new Error(`${article._raw.sourceFilePath}: author, reviewer or topic is missing`)
    const references = getCitedReferences(article.citedKeys)
    const tools = editionToolData(locale)
    const faq = article.topic === 'questions' ? extractFaq(article.body.raw, tools.triage, locale) : []
    const indexTitle = pageMessages[locale].indexTitle
    return (
      <PageShell locale={locale} alternatePath={translatedPath(article.url, locale === 'en' ? 'es' : 'en')}>
        <JsonLd
          data={[
            medicalWebPageJsonLd(article, author, reviewer, references, reviewChangesOf(article), article.slug),
            breadcrumbsJsonLd(
              { name: indexTitle, path: localePath(locale, ARTICLES_INDEX.path) },
              { name: article.title, path: article.url },
            ),
            ...(faq.length > 0 ? [faqPageJsonLd(article.url, faq)] : []),
          ]}
        />
        <ArticleLayout
          article={article}
          topic={topicText(topic.id, locale)}
          author={author}
          reviewer={reviewer}
          references={references}
          related={article.related.map((slug) => editionArticle(slug, locale)).filter((related) => related !== undefined)}
          tools={tools}
          locale={locale}
          translation={article.translation}
        />
        <ReportProblem page={{ title: article.title, path: article.url }} locale={locale} />
      </PageShell>
    )
  }

  return { generateStaticParams: articleSlugParams, generateMetadata, Page: ArticlePage }
}
