import type { Metadata } from 'next'
import { JsonLd } from '@/components/site/JsonLd'
import { Island } from '@/components/Island'
import { toolPage } from '@/lib/site/routes'
import { pageMetadata } from '@/lib/site/seo'
import { breadcrumbJsonLd } from '@/lib/site/structured-data'

const TITLE = toolPage('/search/').title

export const metadata: Metadata = pageMetadata({
  title: TITLE,
  description: 'Search every article on the risks of Botox. The search runs in your browser; nothing you type is sent anywhere.',
  path: '/search/',
})

export default function SearchPage() {
  return (
    <div className="mx-auto max-w-measure">
      <JsonLd data={breadcrumbJsonLd([{ name: 'Home', path: '/' }, { name: TITLE, path: '/search/' }])} />
      <h1 className="text-3xl font-bold sm:text-4xl">{TITLE}</h1>
      <p className="mt-3 text-lg">Find an article by a word you remember, such as “eyelid” or “bruise”. The search runs in your browser: nothing you type leaves it.</p>
      <Island name="site-search" props={{}} />
    </div>
  )
}
