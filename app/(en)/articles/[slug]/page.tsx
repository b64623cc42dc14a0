import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { JsonLd } from '@/components/site/JsonLd'
import { ReportProblem } from '@/components/site/ReportProblem'
import { ArticleLayout } from '@/layouts/ArticleLayout'
import { articleSlugParams, getArticle, getAuthor, getCitedReferences, getRelatedArticles, getToolData } from '@/lib/content/accessors'
import { pageMetadata } from '@/lib/site/seo'
import { extractFaq } from '@/lib/content/mdx/faq'
import { ARTICLES_INDEX, articleSocialImagePath } from '@/lib/site/routes'
import { breadcrumbsJsonLd, faqPageJsonLd, medicalWebPageJsonLd } from '@/lib/site/structured-data'
import { getTopic } from '@/lib/content/topics'
import { reviewChangesOf } from '@/lib/content/corrections'

type Params = { params: Promise<{ slug: string }> }

export const dynamicParams = false

export const generateStaticParams = articleSlugParams

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const article = getArticle((await params).slug)
  if (!article) return {}
  return pageMetadata({
    title: article.title,
    description: article.description,
    path: article.url,
    imagePath: articleSocialImagePath(article.slug),
    type: 'article',
  })
}

export default async function ArticlePage({ params }: Params) {
  const article = getArticle((await params).slug)
  if (!article) notFound()
  const author = getAuthor(article.author)
  const reviewer = getAuthor(article.reviewer)
  const topic = getTopic(article.topic)
  // The content rules guarantee these exist; the check keeps TypeScript and a future refactor honest.
  if (!author || !reviewer || !topic) throw new Error(`${article._raw.sourceFilePath}: author, reviewer or topic is missing`)
  const references = getCitedReferences(article.citedKeys)
  const faq = article.topic === 'questions' ? extractFaq(article.body.raw, getToolData().triage) : []
  return (
    <>
      <JsonLd
        data={[
          medicalWebPageJsonLd(article, author, reviewer, references, reviewChangesOf(article), article.slug),
          breadcrumbsJsonLd({ name: ARTICLES_INDEX.title, path: ARTICLES_INDEX.path }, { name: article.title, path: article.url }),
          ...(faq.length > 0 ? [faqPageJsonLd(article.url, faq)] : []),
        ]}
      />
      <ArticleLayout
        article={article}
        topic={topic}
        author={author}
        reviewer={reviewer}
        references={references}
        related={getRelatedArticles(article)}
        tools={getToolData()}
      />
      <ReportProblem page={{ title: article.title, path: article.url }} />
    </>
  )
}
