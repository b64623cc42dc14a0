import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'
import { colours } from '@/lib/site/colours'
import { LOCALE_SETTINGS, localePath, type Locale } from '@/lib/i18n/locales'
import { siteDescription } from '@/lib/site/lead-author'
import { CORRECTIONS } from '@/lib/site/routes'
import { siteConfig } from '@/lib/site/site-config'
import { siteDocumentMessages } from './pages/messages'

/**
 * The <html> of every page of one edition. Each edition has its own root layout (app/(en)/layout.tsx,
 * app/es/layout.tsx) so that `lang` is right in the HTML Next writes, for screen readers, browsers' translation
 * offers, Pagefind's per-language index and search engines; both use this one document and the same CSS file.
 */
export function siteMetadata(locale: Locale): Metadata {
  return {
    metadataBase: new URL(siteConfig.url),
    title: { default: siteConfig.name, template: `%s · ${siteConfig.name}` },
    description: locale === 'en' ? siteDescription() : siteDocumentMessages[locale].siteDescription,
    applicationName: siteConfig.name,
    formatDetection: { telephone: false },
  }
}

export const siteViewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: colours.brand.DEFAULT,
}

export function SiteDocument({ locale, children }: { locale: Locale; children: ReactNode }) {
  const t = siteDocumentMessages[locale]
  return (
    <html lang={LOCALE_SETTINGS[locale].lang}>
      {/* A root layout's own <head>: next/head is for the pages router, and this is where Next expects it in the app router. */}
      {/* eslint-disable-next-line @next/next/no-head-element */}
      <head>
        {/* In every page's head, so a feed reader given any page finds the record of changes to the advice. */}
        <link rel="alternate" type="application/atom+xml" title={t.feedTitle} href={localePath('en', CORRECTIONS.feedPath)} />
        {/* Without JavaScript, hide the interactive parts and show their plain alternatives (islands/no-js.css). */}
        <noscript>
          {/* A plain file on purpose: it must load only when scripts are off, which next/font and CSS imports cannot do. */}
          {/* eslint-disable-next-line @next/next/no-css-tags */}
          <link rel="stylesheet" href="/islands/no-js.css" />
        </noscript>
      </head>
      <body className="flex min-h-screen flex-col">{children}</body>
    </html>
  )
}
