import type { Metadata } from 'next'
import { ARTICLES_INDEX, CONTENT_PAGES, HOME_PATH } from '@/lib/site/routes'
import { siteConfig } from '@/lib/site/site-config'
import { PageTitle } from '@/components/site/PageTitle'
import { ReportProblem } from '@/components/site/ReportProblem'

export const metadata: Metadata = {
  title: 'Page not found',
  description: 'We could not find that page. Here is how to find what you were looking for, or get urgent help.',
}

export default function NotFound() {
  return (
    <div className="mx-auto max-w-measure">
      <PageTitle>Page not found</PageTitle>
      <p className="mt-4 text-lg">The page you asked for is not here. The link may be old, or the address may have a typo.</p>
      <p className="mt-4 rounded-md border-2 border-l-8 border-care-emergency bg-care-emergency-bg p-4">
        <strong>Need help now?</strong> If you have trouble breathing, swallowing or speaking after Botox, call{' '}
        {siteConfig.emergencyNumbers}. Or{' '}
        <a href={CONTENT_PAGES.urgentHelp} className="font-semibold text-care-emergency underline">
          see which symptoms need urgent help
        </a>
        .
      </p>
      <h2 className="mt-8 text-2xl font-bold">Try one of these</h2>
      <ul className="mt-3 list-disc space-y-2 pl-6">
        <li>
          <a href={HOME_PATH} className="text-brand-dark underline">
            Home page
          </a>
        </li>
        <li>
          <a href={ARTICLES_INDEX.path} className="text-brand-dark underline">
            All articles, grouped by topic
          </a>
        </li>
        <li>
          <a href={CONTENT_PAGES.about} className="text-brand-dark underline">
            About this site
          </a>
        </li>
      </ul>
      {/* A broken link is worth reporting too; the page cannot know the address, so the email asks for it. */}
      <ReportProblem page={{ title: 'Page not found', path: null }} />
    </div>
  )
}
