import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { PageLayout } from '@/layouts/PageLayout'
import { getCitedReferences, getPage, getPages, getToolData } from '@/lib/content'

type Params = { params: Promise<{ slug: string }> }

export const dynamicParams = false

export function generateStaticParams() {
  return getPages().map((page) => ({ slug: page.slug }))
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const page = getPage((await params).slug)
  if (!page) return {}
  return { title: page.title, description: page.description, alternates: { canonical: page.url } }
}

export default async function ContentPage({ params }: Params) {
  const page = getPage((await params).slug)
  if (!page) notFound()
  return <PageLayout page={page} references={getCitedReferences(page.citedKeys)} tools={getToolData()} />
}
