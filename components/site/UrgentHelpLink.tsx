import { localePath, type Locale } from '@/lib/i18n/locales'
import { CONTENT_PAGES } from '@/lib/site/routes'
import { siteMessages } from './messages'

/** The same "Get urgent help" link, in the same place, on every page, to the edition's urgent help page. */
export function UrgentHelpLink({ locale }: { locale: Locale }) {
  return (
    <a
      href={localePath(locale, CONTENT_PAGES.urgentHelp)}
      className="inline-flex min-h-11 items-center gap-2 rounded-md bg-care-emergency px-4 py-2 font-semibold text-white no-underline hover:bg-[#8f1717]"
    >
      <span
        aria-hidden="true"
        className="inline-flex size-5 items-center justify-center rounded-full bg-white text-sm font-bold text-care-emergency"
      >
        !
      </span>
      {siteMessages[locale].urgentHelp}
    </a>
  )
}
