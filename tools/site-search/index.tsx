import { Island } from '@/islands/Island'
import { localePath, type Locale } from '@/lib/i18n/locales'
import { ARTICLES_INDEX, TOOL_PAGES } from '@/lib/site/routes'
import type { SiteSearchProps } from './SiteSearch'
import { siteSearchMessages } from './messages'

/** The island's props for a page of one edition: that edition's words and addresses only. */
export function siteSearchProps(locale: Locale): SiteSearchProps {
  return {
    messages: siteSearchMessages[locale],
    paths: { search: localePath(locale, TOOL_PAGES.search.path), articles: localePath(locale, ARTICLES_INDEX.path) },
  }
}

/** Site search as it goes on a page: rendered by Preact here, hydrated by /islands/site-search.js. */
export function SiteSearchIsland({ locale }: { locale: Locale }) {
  return <Island name="site-search" props={siteSearchProps(locale)} />
}
