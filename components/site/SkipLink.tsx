import type { Locale } from '@/lib/i18n/locales'
import { siteMessages } from './messages'

export const MAIN_CONTENT_ID = 'main-content'

/** The first thing Tab reaches on every page; it jumps past the header to the page's own content. */
export function SkipLink({ locale }: { locale: Locale }) {
  return (
    <a
      href={`#${MAIN_CONTENT_ID}`}
      className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:inline-block focus:rounded focus:bg-focus focus:px-4 focus:py-3 focus:font-semibold focus:text-ink"
    >
      {siteMessages[locale].skipToContent}
    </a>
  )
}
