import { articleSlugParams, getArticle } from '@/lib/content/accessors'
import { qrCodeSvg } from '@/lib/site/qr-code'
import { absoluteUrl } from '@/lib/site/site-config'

export const dynamic = 'force-static'
export const dynamicParams = false

export const generateStaticParams = articleSlugParams

/** /articles/<slug>/qr.svg: the article's QR code as a file, for posters in the clinic. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const article = getArticle((await params).slug)
  if (!article) return new Response('Not found', { status: 404 })
  return new Response(await qrCodeSvg(absoluteUrl(article.url)), { headers: { 'Content-Type': 'image/svg+xml' } })
}
