import { reportProblemHref, type PageRef } from '@/lib/site/feedback'
import { REPORTS_POLICY_PATH } from '@/lib/site/routes'

/**
 * "Report a problem with this page" at the end of every page: a plain mailto: link with the page already named,
 * so a reader or a clinic can point at it. No form and no script; the report leaves only if the reader sends it.
 * Left out of print (a handout's reader cannot click it) and of the search index (it is the same on every page).
 */
export function ReportProblem({ page }: { page: PageRef }) {
  return (
    <aside aria-labelledby="report-problem" className="no-print mx-auto mt-12 max-w-measure border-t border-line pt-4" data-pagefind-ignore>
      <h2 id="report-problem" className="m-0 text-base font-bold">
        Something wrong or unclear?
      </h2>
      <p className="mt-1 mb-0">
        <a href={reportProblemHref(page)} className="font-semibold text-brand-dark underline">
          Report a problem with this page
        </a>{' '}
        by email. Your email app opens with this page&apos;s title and address filled in; nothing is sent until you send it.{' '}
        <a href={REPORTS_POLICY_PATH} className="text-brand-dark underline">
          What we do with reports
        </a>
        .
      </p>
    </aside>
  )
}
