import type { Metadata } from 'next'
import { SITE_SOCIAL_IMAGE_PATH } from './routes'
import { absoluteUrl, siteConfig } from './site-config'

export const SOCIAL_IMAGE = { width: 1200, height: 630 } as const

type PageSeo = {
  title: string
  description: string
  /** The page's own path, e.g. /articles/common-side-effects/ */
  path: string
  /** A 1200x630 PNG; the site-wide image when left out. */
  imagePath?: string
  type?: 'website' | 'article'
  /** Use the title as it is, without the " · site name" suffix. */
  absoluteTitle?: boolean
}

/** Title, description, canonical URL, Open Graph and Twitter tags for one page, all from one place. */
export function pageMetadata({
  title,
  description,
  path,
  imagePath = SITE_SOCIAL_IMAGE_PATH,
  type = 'website',
  absoluteTitle = false,
}: PageSeo): Metadata {
  const image = { url: absoluteUrl(imagePath), width: SOCIAL_IMAGE.width, height: SOCIAL_IMAGE.height, alt: title, type: 'image/png' }
  const fullTitle = absoluteTitle ? title : `${title} · ${siteConfig.name}`
  return {
    title: absoluteTitle ? { absolute: title } : title,
    description,
    alternates: { canonical: absoluteUrl(path) },
    openGraph: { type, url: absoluteUrl(path), title: fullTitle, description, siteName: siteConfig.name, locale: 'en', images: [image] },
    twitter: { card: 'summary_large_image', title: fullTitle, description, images: [image.url] },
  }
}
