import { localePath, translatedPath, type Locale } from '@/lib/i18n/locales'
import { reportProblemHref, type PageRef } from '@/lib/site/feedback'
import { contentPagePath, REPORTS_POLICY_PATH } from '@/lib/site/routes'
import { siteConfig } from '@/lib/site/site-config'
import { siteMessages } from './messages'
import { formatRich } from '@/lib/i18n/rich-text'

/**
 * Where each edition's editorial policy says what happens to a report. The section's id is made from its heading
 * (github-slugger), so it is in the edition's language: content/es/pages/about.mdx, "¿Cómo corregimos los errores?".
 * ReportProblem.test.tsx checks that each page still has that heading.
 */
export const REPORTS_POLICY: Record<Locale, string> = {
  en: REPORTS_POLICY_PATH,
  es: `${localePath('es', contentPagePath('about'))}#cómo-corregimos-los-errores`,
}

/**
 * "Report a problem with this page" at the end of every page: a plain mailto: link with the page already named,
 * so a reader or a clinic can point at it. No form and no script; the report leaves only if the reader sends it.
 * Left out of print (a handout's reader cannot click it) and of the search index (it is the same on every page).
 * The report names the page at its address in `locale`'s edition, whichever edition's path `page` gives, and the
 * email's subject and body are in that edition's language.
 */
export function ReportProblem({ page, locale }: { page: PageRef; locale: Locale }) {
  const t = siteMessages[locale]
  const reported: PageRef = { title: page.title, path: page.path === null ? null : translatedPath(page.path, locale) }
  return (
    <aside aria-labelledby="report-problem" className="no-print mx-auto mt-12 max-w-measure border-t border-line pt-4" data-pagefind-ignore>
      <h2 id="report-problem" className="m-0 text-base font-bold">
        {t.reportHeading}
      </h2>
      <p className="mt-1 mb-0">
        {formatRich(t.reportExplanation, {
          link: (
            <a href={reportProblemHref(reported, siteConfig.editorialEmail, locale)} className="font-semibold text-brand-dark underline">
              {t.reportLink}
            </a>
          ),
        })}{' '}
        {formatRich(t.reportPolicy, {
          link: (
            <a href={REPORTS_POLICY[locale]} className="text-brand-dark underline">
              {t.reportPolicyLink}
            </a>
          ),
        })}
      </p>
    </aside>
  )
}
