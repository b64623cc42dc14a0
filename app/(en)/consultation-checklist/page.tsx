import { PageShell } from '@/layouts/PageShell'
import type { Metadata } from 'next'
import { JsonLd } from '@/components/site/JsonLd'
import { TOOL_PAGES } from '@/lib/site/routes'
import { pageMetadata } from '@/lib/site/seo'
import { breadcrumbsJsonLd } from '@/lib/site/structured-data'
import { ConsultationChecklistIsland } from '@/tools/consultation-checklist'
import { ReferenceList } from '@/components/article/ReferenceList'
import { getCitedReferences, getConsultationChecklist } from '@/lib/content/accessors'
import { checklistSources } from '@/tools/consultation-checklist/logic'
import { PageTitle } from '@/components/site/PageTitle'
import { ReportProblem } from '@/components/site/ReportProblem'

const PAGE = TOOL_PAGES.consultationChecklist

export const metadata: Metadata = pageMetadata({
  title: PAGE.title,
  description:
    'What to tell the person treating you and what to ask them before Botox. Tick, print or copy it; your ticks stay in your browser.',
  path: PAGE.path,
  translated: false,
})

export default function ConsultationChecklistPage() {
  const checklist = getConsultationChecklist()
  return (
    <PageShell locale="en">
      <div className="mx-auto max-w-measure">
        <JsonLd data={breadcrumbsJsonLd({ name: PAGE.title, path: PAGE.path })} />
        <PageTitle className="print:text-2xl">{PAGE.title}</PageTitle>
        <p className="mt-3 text-lg print:mt-1 print:text-sm">
          Take this to your consultation. Tick what applies to you, so you remember to mention it, and ask the questions before you decide.
        </p>
        <ConsultationChecklistIsland checklist={checklist} title={PAGE.title} locale="en" />
        <div className="print:hidden">
          <ReferenceList references={getCitedReferences(checklistSources(checklist))} backLinks={false} locale="en" />
        </div>
        <ReportProblem locale="en" page={PAGE} />
      </div>
    </PageShell>
  )
}
