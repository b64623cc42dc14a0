import { socialImage } from '@/components/site/SocialImage'
import { articleSlugParams, getArticle } from '@/lib/content'
import { getTopic } from '@/lib/topics'

export const dynamic = 'force-static'
export const dynamicParams = false

export const generateStaticParams = articleSlugParams

/** Each article's own social image at /articles/<slug>/og.png. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const article = getArticle((await params).slug)
  if (!article) return new Response('Not found', { status: 404 })
  return socialImage({ title: article.title, kicker: getTopic(article.topic)?.name ?? 'Article' })
}
