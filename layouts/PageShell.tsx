import type { ReactNode } from 'react'
import { SiteFooter } from '@/components/site/SiteFooter'
import { SiteHeader } from '@/components/site/SiteHeader'
import { MAIN_CONTENT_ID, SkipLink } from '@/components/site/SkipLink'
import type { Locale } from '@/lib/i18n/locales'
import { getLeadAuthor } from '@/lib/site/lead-author'

/**
 * What surrounds every page's own content: skip link, header, main, footer. It is rendered by each page, not by
 * the edition's layout, because only the page knows its twin in the other edition (the header's language link).
 */
export function PageShell({ locale, alternatePath, children }: { locale: Locale; alternatePath?: string; children: ReactNode }) {
  const leadAuthor = getLeadAuthor()
  return (
    <>
      <SkipLink locale={locale} />
      <SiteHeader locale={locale} leadAuthor={leadAuthor} alternatePath={alternatePath} />
      <main id={MAIN_CONTENT_ID} tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 pt-8 outline-none">
        {children}
      </main>
      <SiteFooter locale={locale} leadAuthor={leadAuthor} />
    </>
  )
}
