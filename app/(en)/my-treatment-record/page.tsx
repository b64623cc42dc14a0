import { PageShell } from '@/layouts/PageShell'
import type { Metadata } from 'next'
import { JsonLd } from '@/components/site/JsonLd'
import { CONTENT_PAGES, TOOL_PAGES } from '@/lib/site/routes'
import { pageMetadata } from '@/lib/site/seo'
import { absoluteUrl } from '@/lib/site/site-config'
import { breadcrumbsJsonLd } from '@/lib/site/structured-data'
import { TreatmentRecordIsland } from '@/tools/treatment-record'
import { recordSources } from '@/tools/treatment-record/logic'
import { ReferenceList } from '@/components/article/ReferenceList'
import { getCitedReferences } from '@/lib/content/accessors'
import { PageTitle } from '@/components/site/PageTitle'
import { ReportProblem } from '@/components/site/ReportProblem'

const PAGE = TOOL_PAGES.treatmentRecord

export const metadata: Metadata = pageMetadata({
  title: PAGE.title,
  description:
    'Write down the clinic, the person who treated you, the product and its batch number. Print it as a wallet card; it stays in your browser.',
  path: PAGE.path,
  translated: false,
})

export default function TreatmentRecordPage() {
  return (
    <PageShell locale="en">
      <div className="mx-auto max-w-measure">
        <JsonLd data={breadcrumbsJsonLd({ name: PAGE.title, path: PAGE.path })} />
        <PageTitle>{PAGE.title}</PageTitle>
        <p className="mt-3 text-lg">
          Write down the details of your treatment while you still have them: who treated you, where, and with which product and batch. If
          you get a side effect, a doctor or nurse can then see what you had, and you have what a report to the medicines regulator asks
          for.
        </p>
        <ul className="mt-3 list-disc pl-6">
          <li>Every field is optional. Fill in what you know, and ask the clinic for the rest.</li>
          <li>Your record stays in this browser. We never see it, and it is not sent anywhere.</li>
          <li>
            {'Feeling unwell after a treatment? Go to '}
            <a href={CONTENT_PAGES.urgentHelp} className="text-brand-dark underline">
              Get urgent help after Botox
            </a>
            {' first. To report a side effect or a fake product, see '}
            <a href={CONTENT_PAGES.reportSideEffect} className="text-brand-dark underline">
              how to report a side effect or a fake product
            </a>
            .
          </li>
        </ul>
        <TreatmentRecordIsland title={PAGE.title} reportUrl={absoluteUrl(CONTENT_PAGES.reportSideEffect)} locale="en" />
        <div className="print:hidden">
          <ReferenceList references={getCitedReferences(recordSources())} backLinks={false} locale="en" />
        </div>
        <ReportProblem locale="en" page={PAGE} />
      </div>
    </PageShell>
  )
}
