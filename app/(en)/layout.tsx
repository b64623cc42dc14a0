import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'
import { SiteFooter } from '@/components/site/SiteFooter'
import { SiteHeader } from '@/components/site/SiteHeader'
import { MAIN_CONTENT_ID, SkipLink } from '@/components/site/SkipLink'
import { colours } from '@/lib/site/colours'
import { getLeadAuthor, siteDescription } from '@/lib/site/lead-author'
import { CORRECTIONS } from '@/lib/site/routes'
import { siteConfig } from '@/lib/site/site-config'
import './globals.css'

export const metadata: Metadata = {
  metadataBase: new URL(siteConfig.url),
  title: { default: siteConfig.name, template: `%s · ${siteConfig.name}` },
  description: siteDescription(),
  applicationName: siteConfig.name,
  formatDetection: { telephone: false },
}

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: colours.brand.DEFAULT,
}

export default function RootLayout({ children }: { children: ReactNode }) {
  const leadAuthor = getLeadAuthor()
  return (
    <html lang={siteConfig.locale}>
      <head>
        {/* In every page's head, so a feed reader given any page finds the record of changes to the advice. */}
        <link rel="alternate" type="application/atom+xml" title={CORRECTIONS.feedTitle} href={CORRECTIONS.feedPath} />
        {/* Without JavaScript, hide the interactive parts and show their plain alternatives (islands/no-js.css). */}
        <noscript>
          {/* A plain file on purpose: it must load only when scripts are off, which next/font and CSS imports cannot do. */}
          {/* eslint-disable-next-line @next/next/no-css-tags */}
          <link rel="stylesheet" href="/islands/no-js.css" />
        </noscript>
      </head>
      <body className="flex min-h-screen flex-col">
        <SkipLink />
        <SiteHeader leadAuthor={leadAuthor} />
        <main id={MAIN_CONTENT_ID} tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 pt-8 outline-none">
          {children}
        </main>
        <SiteFooter leadAuthor={leadAuthor} />
      </body>
    </html>
  )
}
