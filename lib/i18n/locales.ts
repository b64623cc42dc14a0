/**
 * The site's two editions. English is the source and keeps its URLs; Spanish sits at the same paths under /es/.
 * Every locale-dependent address, attribute and format is derived from this table.
 *
 * No imports, on purpose: contentlayer.config.ts, lib/site/routes.ts and the island bundles all use it.
 */

export const LOCALES = ['en', 'es'] as const
export type Locale = (typeof LOCALES)[number]

/** The source edition: every other edition is a translation of it, and x-default points to it. */
export const DEFAULT_LOCALE: Locale = 'en'

export const LOCALE_SETTINGS = {
  en: {
    /** <html lang>, hreflang and JSON-LD inLanguage. */
    lang: 'en',
    /** og:locale (language_TERRITORY): the site is written in British-edited English for UK and US readers. */
    ogLocale: 'en_GB',
    /** Intl locale for dates and numbers: "24 November 2026". */
    intl: 'en-GB',
    /** The language's own name, as its readers write it: the language link says it. */
    name: 'English',
    pathPrefix: '',
  },
  es: {
    lang: 'es',
    /** Neutral Spanish for readers in the US and Latin America: Open Graph's Latin American Spanish. */
    ogLocale: 'es_LA',
    /** "24 de noviembre de 2026"; "es" (not "es-ES") keeps numbers neutral across regions. */
    intl: 'es',
    name: 'Español',
    pathPrefix: '/es',
  },
} as const satisfies Record<Locale, { lang: string; ogLocale: string; intl: string; name: string; pathPrefix: string }>

export const isLocale = (value: string): value is Locale => (LOCALES as readonly string[]).includes(value)

/** The address of a page in an edition, from its English path: localePath('es', '/articles/x/') is '/es/articles/x/'. */
export function localePath(locale: Locale, path: string): string {
  if (!path.startsWith('/')) throw new Error(`localePath: "${path}" is not a site path`)
  return `${LOCALE_SETTINGS[locale].pathPrefix}${path}`
}

/** The edition a site path belongs to. */
export function localeOfPath(path: string): Locale {
  for (const locale of LOCALES) {
    const prefix = LOCALE_SETTINGS[locale].pathPrefix
    if (prefix && (path === prefix || path.startsWith(`${prefix}/`))) return locale
  }
  return DEFAULT_LOCALE
}

/** The English path of any edition's page: the key that pairs a page with its translations. */
export function sourcePath(path: string): string {
  const prefix = LOCALE_SETTINGS[localeOfPath(path)].pathPrefix
  const rest = path.slice(prefix.length)
  return rest === '' ? '/' : rest
}

/** The same page in another edition. */
export const translatedPath = (path: string, locale: Locale): string => localePath(locale, sourcePath(path))
