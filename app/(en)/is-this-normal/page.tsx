import { PageShell } from '@/layouts/PageShell'
import { getCitedReferences } from '@/lib/content/accessors'
import type { Metadata } from 'next'
import { JsonLd } from '@/components/site/JsonLd'
import { TOOL_PAGES } from '@/lib/site/routes'
import { pageMetadata } from '@/lib/site/seo'
import { breadcrumbsJsonLd } from '@/lib/site/structured-data'
import { ReferenceList } from '@/components/article/ReferenceList'
import { SymptomGuideIsland } from '@/tools/symptom-guide'
import { SymptomsByLevel } from '@/tools/symptom-guide/SymptomsByLevel'
import { loadTriageModel } from '@/lib/triage/load'
import { guideSources } from '@/tools/symptom-guide/logic'
import { PageTitle } from '@/components/site/PageTitle'
import { ReportProblem } from '@/components/site/ReportProblem'

const PAGE = TOOL_PAGES.symptomGuide

export const metadata: Metadata = pageMetadata({
  title: PAGE.title,
  description:
    'Tick what you notice after Botox to see whether it is common, needs medical advice today, or is an emergency. Nothing you choose leaves this page.',
  path: PAGE.path,
  translated: false,
})

export default function SymptomGuidePage() {
  // Checked by its schema here: the page is only built from a model that passes every check.
  const model = loadTriageModel()
  const references = getCitedReferences(guideSources(model))
  const referenceNumbers = Object.fromEntries(references.map((reference, index) => [reference.key, index + 1]))
  return (
    <PageShell locale="en">
      <div className="mx-auto max-w-measure">
        <JsonLd data={breadcrumbsJsonLd({ name: PAGE.title, path: PAGE.path })} />
        <PageTitle>Is this normal after Botox?</PageTitle>
        <p className="mt-3 text-lg">
          Most effects after Botox are mild and settle by themselves. A few need medical advice today, and some are an emergency. This guide
          helps you tell which is which. It gives information, not a diagnosis.
        </p>
        <SymptomGuideIsland model={model} referenceNumbers={referenceNumbers} locale="en" />
        <section aria-labelledby="all-symptoms" className="mt-10">
          <h2 id="all-symptoms" className="text-2xl font-bold">
            All symptoms, from most to least urgent
          </h2>
          <p className="mt-2">
            If you have symptoms from more than one list, follow the most urgent one. Some signs are more serious together, or later after
            treatment: these are listed too.
          </p>
          <SymptomsByLevel model={model} locale="en" />
        </section>
        <ReferenceList references={references} backLinks={false} locale="en" />
        <ReportProblem locale="en" page={PAGE} />
      </div>
    </PageShell>
  )
}
