import { localePath, type Locale } from '@/lib/i18n/locales'
import { CONTENT_PAGES } from '@/lib/site/routes'
import { formatRich } from '@/lib/i18n/rich-text'
import { articleMessages } from './messages'

/** The one-line reminder every article carries: information, not a diagnosis, and where urgent help is. */
export function InfoNotDiagnosis({ locale }: { locale: Locale }) {
  const t = articleMessages[locale]
  return (
    <p className="my-6 border-l-4 border-care-emergency pl-4">
      {formatRich(t.infoNotDiagnosis, {
        link: (
          <a href={localePath(locale, CONTENT_PAGES.urgentHelp)} className="font-semibold text-brand-dark underline">
            {t.infoNotDiagnosisLink}
          </a>
        ),
      })}
    </p>
  )
}
