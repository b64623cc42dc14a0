import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { JsonLd } from '@/components/site/JsonLd'
import { ReportProblem } from '@/components/site/ReportProblem'
import { PageLayout } from '@/layouts/PageLayout'
import { PageShell } from '@/layouts/PageShell'
import { getCitedReferences, getPages } from '@/lib/content/accessors'
import { editionPage, editionToolData } from '@/lib/content/editions'
import { translatedPath, type Locale } from '@/lib/i18n/locales'
import { pageMetadata } from '@/lib/site/seo'
import { breadcrumbsJsonLd } from '@/lib/site/structured-data'

type Params = { params: Promise<{ slug: string }> }

/** The site's own pages (/about/, /urgent-help/ …) in one edition. */
export function contentPageRoute(locale: Locale) {
  const find = async ({ params }: Params) => editionPage((await params).slug, locale)

  async function generateMetadata(props: Params): Promise<Metadata> {
    const page = await find(props)
    return page ? pageMetadata({ title: page.title, description: page.description, path: page.url }) : {}
  }

  async function ContentPage(props: Params) {
    const page = await find(props)
    if (!page) notFound()
    return (
      <PageShell locale={locale} alternatePath={translatedPath(page.url, locale === 'en' ? 'es' : 'en')}>
        <JsonLd data={breadcrumbsJsonLd({ name: page.title, path: page.url })} />
        <PageLayout
          page={page}
          references={getCitedReferences(page.citedKeys)}
          tools={editionToolData(locale)}
          locale={locale}
          translation={page.translation}
        />
        <ReportProblem page={{ title: page.title, path: page.url }} locale={locale} />
      </PageShell>
    )
  }

  const generateStaticParams = () => getPages().map((page) => ({ slug: page.slug }))
  return { generateStaticParams, generateMetadata, Page: ContentPage }
}
