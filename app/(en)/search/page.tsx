import { PageShell } from '@/layouts/PageShell'
import type { Metadata } from 'next'
import { JsonLd } from '@/components/site/JsonLd'
import { SiteSearchIsland } from '@/tools/site-search'
import { TOOL_PAGES } from '@/lib/site/routes'
import { pageMetadata } from '@/lib/site/seo'
import { breadcrumbsJsonLd } from '@/lib/site/structured-data'
import { PageTitle } from '@/components/site/PageTitle'
import { ReportProblem } from '@/components/site/ReportProblem'

const PAGE = TOOL_PAGES.search

export const metadata: Metadata = pageMetadata({
  title: PAGE.title,
  description: 'Search every article on the risks of Botox. The search runs in your browser; nothing you type is sent anywhere.',
  path: PAGE.path,
  translated: false,
})

export default function SearchPage() {
  return (
    <PageShell locale="en">
      <div className="mx-auto max-w-measure">
        <JsonLd data={breadcrumbsJsonLd({ name: PAGE.title, path: PAGE.path })} />
        <PageTitle>{PAGE.title}</PageTitle>
        <p className="mt-3 text-lg">
          Find an article by a word you remember, such as “eyelid” or “bruise”. The search runs in your browser: nothing you type leaves it.
        </p>
        <SiteSearchIsland locale="en" />
        <ReportProblem locale="en" page={PAGE} />
      </div>
    </PageShell>
  )
}
