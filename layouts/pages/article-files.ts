import { socialImage } from '@/components/site/SocialImage'
import { articleSlugParams, getAuthor } from '@/lib/content/accessors'
import { editionArticle } from '@/lib/content/editions'
import { topicText } from '@/lib/content/topic-messages'
import { getTopic } from '@/lib/content/topics'
import type { Locale } from '@/lib/i18n/locales'
import { getLeadAuthor } from '@/lib/site/lead-author'
import { qrCodeSvg } from '@/lib/site/qr-code'
import { absoluteUrl } from '@/lib/site/site-config'
import { pageMessages } from './messages'

type Params = { params: Promise<{ slug: string }> }

/** Each article's social image (og.png) and QR code (qr.svg) in one edition: words and address in its language. */
export function articleFileRoutes(locale: Locale) {
  async function socialImageGet(_request: Request, { params }: Params) {
    const article = editionArticle((await params).slug, locale)
    if (!article) return new Response('Not found', { status: 404 })
    // The image names the article's own reviewer, as its byline does; the content rules guarantee the profile exists.
    const reviewer = getAuthor(article.reviewer)
    const topic = getTopic(article.topic)
    if (!reviewer || !topic) throw new Error(`${article._raw.sourceFilePath}: reviewer or topic is missing`)
    return socialImage({ title: article.title, kicker: topicText(topic.id, locale).name, reviewer, locale })
  }

  async function qrCodeGet(_request: Request, { params }: Params) {
    const article = editionArticle((await params).slug, locale)
    if (!article) return new Response('Not found', { status: 404 })
    // The code opens the page in the edition the handout was printed from.
    return new Response(await qrCodeSvg(absoluteUrl(article.url)), { headers: { 'Content-Type': 'image/svg+xml' } })
  }

  return { generateStaticParams: articleSlugParams, socialImageGet, qrCodeGet }
}

/** The site-wide social image of one edition (/og.png, /es/og.png). */
export function siteSocialImage(locale: Locale) {
  const t = pageMessages[locale]
  return socialImage({ title: t.homeHeading, kicker: t.socialKicker, reviewer: getLeadAuthor(), locale })
}
