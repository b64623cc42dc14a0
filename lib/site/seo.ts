import type { Metadata } from 'next'
import { DEFAULT_LOCALE, LOCALE_SETTINGS, LOCALES, localeOfPath, localePath, translatedPath } from '@/lib/i18n/locales'
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

/**
 * hreflang alternates: the page in every edition, and x-default (for readers whose language has no edition) at the
 * English source. Every page that has a twin lists the same set, so each points back to the other.
 */
export function languageAlternates(path: string): Record<string, string> {
  const languages: Record<string, string> = {}
  for (const locale of LOCALES) languages[LOCALE_SETTINGS[locale].lang] = absoluteUrl(translatedPath(path, locale))
  languages['x-default'] = absoluteUrl(translatedPath(path, DEFAULT_LOCALE))
  return languages
}

/** Title, description, canonical URL, Open Graph and Twitter tags for one page, all from one place. */
export function pageMetadata({ title, description, path, imagePath, type = 'website', absoluteTitle = false }: PageSeo): Metadata {
  const locale = localeOfPath(path)
  const image = {
    url: absoluteUrl(imagePath ?? localePath(locale, SITE_SOCIAL_IMAGE_PATH)),
    width: SOCIAL_IMAGE.width,
    height: SOCIAL_IMAGE.height,
    alt: title,
    type: 'image/png',
  }
  const fullTitle = absoluteTitle ? title : `${title} · ${siteConfig.name}`
  return {
    title: absoluteTitle ? { absolute: title } : title,
    description,
    alternates: { canonical: absoluteUrl(path), languages: languageAlternates(path) },
    openGraph: {
      type,
      url: absoluteUrl(path),
      title: fullTitle,
      description,
      siteName: siteConfig.name,
      locale: LOCALE_SETTINGS[locale].ogLocale,
      alternateLocale: LOCALES.filter((other) => other !== locale).map((other) => LOCALE_SETTINGS[other].ogLocale),
      images: [image],
    },
    twitter: { card: 'summary_large_image', title: fullTitle, description, images: [image.url] },
  }
}
