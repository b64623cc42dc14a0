import { socialImage } from '@/components/site/SocialImage'
import { articleSlugParams, getArticle, getAuthor } from '@/lib/content/accessors'
import { getTopic } from '@/lib/content/topics'

export const dynamic = 'force-static'
export const dynamicParams = false

export const generateStaticParams = articleSlugParams

/** Each article's own social image at /articles/<slug>/og.png. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const article = getArticle((await params).slug)
  if (!article) return new Response('Not found', { status: 404 })
  // The image names the article's own reviewer, as its byline does; the content rules guarantee the profile exists.
  const reviewer = getAuthor(article.reviewer)
  if (!reviewer) throw new Error(`${article._raw.sourceFilePath}: reviewer "${article.reviewer}" has no profile`)
  return socialImage({ title: article.title, kicker: getTopic(article.topic)?.name ?? 'Article', reviewer })
}
