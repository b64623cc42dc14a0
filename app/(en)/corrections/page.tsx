import { PageShell } from '@/layouts/PageShell'
import type { Metadata } from 'next'
import { CorrectionsLog } from '@/components/site/CorrectionsLog'
import { JsonLd } from '@/components/site/JsonLd'
import { PageTitle } from '@/components/site/PageTitle'
import { ReportProblem } from '@/components/site/ReportProblem'
import { getCorrections } from '@/lib/content/accessors'
import { CONTENT_PAGES, CORRECTIONS } from '@/lib/site/routes'
import { pageMetadata } from '@/lib/site/seo'
import { breadcrumbsJsonLd } from '@/lib/site/structured-data'

export const metadata: Metadata = pageMetadata({
  title: CORRECTIONS.title,
  description: 'Every change we made to an article when we reviewed it, newest first, with a feed clinics can follow.',
  path: CORRECTIONS.path,
  translated: false,
})

export default function CorrectionsPage() {
  return (
    <PageShell locale="en">
      <div className="mx-auto max-w-measure">
        <JsonLd data={breadcrumbsJsonLd({ name: CORRECTIONS.title, path: CORRECTIONS.path })} />
        <PageTitle>{CORRECTIONS.title}</PageTitle>
        <p className="mt-3 text-lg">
          When we review an article, we say here what we changed and why it matters. Mistakes we fix are listed too. The newest changes come
          first.
        </p>
        <p className="mt-3">
          Do you hand our pages to patients? Add{' '}
          <a href={CORRECTIONS.feedPath} className="font-semibold text-brand-dark underline">
            our corrections feed
          </a>{' '}
          (Atom) to a feed reader, and you will see each change as soon as it is published. How we find and fix mistakes is in our{' '}
          <a href={CONTENT_PAGES.about} className="text-brand-dark underline">
            editorial policy
          </a>
          .
        </p>
        <CorrectionsLog entries={getCorrections()} locale="en" />
        <ReportProblem locale="en" page={CORRECTIONS} />
      </div>
    </PageShell>
  )
}
