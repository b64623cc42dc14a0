import { CONTENT_PAGES } from '@/lib/site/routes'

/** The one-line reminder every article carries: information, not a diagnosis, and where urgent help is. */
export function InfoNotDiagnosis() {
  return (
    <p className="my-6 border-l-4 border-care-emergency pl-4">
      This page is information, not a diagnosis. If you are worried about a symptom,{' '}
      <a href={CONTENT_PAGES.urgentHelp} className="font-semibold text-brand-dark underline">
        see how to get urgent help
      </a>
      .
    </p>
  )
}
