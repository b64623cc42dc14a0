import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { ArticleLayout } from '@/layouts/ArticleLayout'
import { getArticle, getArticles, getAuthor, getCitedReferences, getRelatedArticles, getToolData } from '@/lib/content'
import { getTopic } from '@/lib/topics'

type Params = { params: Promise<{ slug: string }> }

export const dynamicParams = false

export function generateStaticParams() {
  return getArticles().map((article) => ({ slug: article.slug }))
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const article = getArticle((await params).slug)
  if (!article) return {}
  return { title: article.title, description: article.description, alternates: { canonical: article.url } }
}

export default async function ArticlePage({ params }: Params) {
  const article = getArticle((await params).slug)
  if (!article) notFound()
  const author = getAuthor(article.author)
  const reviewer = getAuthor(article.reviewer)
  const topic = getTopic(article.topic)
  // The content rules guarantee these exist; the check keeps TypeScript and a future refactor honest.
  if (!author || !reviewer || !topic) throw new Error(`${article._raw.sourceFilePath}: author, reviewer or topic is missing`)
  return (
    <ArticleLayout
      article={article}
      topic={topic}
      author={author}
      reviewer={reviewer}
      references={getCitedReferences(article.citedKeys)}
      related={getRelatedArticles(article)}
      tools={getToolData()}
    />
  )
}
