import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { JsonLd } from '@/components/site/JsonLd'
import { ReportProblem } from '@/components/site/ReportProblem'
import { PageLayout } from '@/layouts/PageLayout'
import { getCitedReferences, getPage, getPages, getToolData } from '@/lib/content/accessors'
import { pageMetadata } from '@/lib/site/seo'
import { breadcrumbsJsonLd } from '@/lib/site/structured-data'

type Params = { params: Promise<{ slug: string }> }

export const dynamicParams = false

export function generateStaticParams() {
  return getPages().map((page) => ({ slug: page.slug }))
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const page = getPage((await params).slug)
  if (!page) return {}
  return pageMetadata({ title: page.title, description: page.description, path: page.url })
}

export default async function ContentPage({ params }: Params) {
  const page = getPage((await params).slug)
  if (!page) notFound()
  return (
    <>
      <JsonLd data={breadcrumbsJsonLd({ name: page.title, path: page.url })} />
      <PageLayout page={page} references={getCitedReferences(page.citedKeys)} tools={getToolData()} />
      <ReportProblem page={{ title: page.title, path: page.url }} />
    </>
  )
}
