import type { Metadata } from 'next'
import { PageTitle } from '@/components/site/PageTitle'
import { ReportProblem } from '@/components/site/ReportProblem'
import { siteMessages } from '@/components/site/messages'
import { formatRich } from '@/lib/i18n/rich-text'
import { PageShell } from '@/layouts/PageShell'
import { localePath, type Locale } from '@/lib/i18n/locales'
import { ARTICLES_INDEX, CONTENT_PAGES, HOME_PATH } from '@/lib/site/routes'
import { pageMessages } from './messages'

/**
 * The "page not found" page of one edition: out/404.html for English, out/es/404/index.html for Spanish, which the
 * server sends for a missing address under /es/ (lib/http-headers.mjs). It has no twin link: the missing page has none.
 */
export function notFoundRoute(locale: Locale) {
  const t = pageMessages[locale]
  const metadata: Metadata = { title: t.notFoundTitle, description: t.notFoundDescription, robots: { index: false } }

  function NotFoundPage() {
    const links = [
      { href: HOME_PATH, label: t.notFoundHome },
      { href: ARTICLES_INDEX.path, label: t.notFoundArticles },
      { href: CONTENT_PAGES.about, label: t.notFoundAbout },
    ]
    return (
      <PageShell locale={locale}>
        <div className="mx-auto max-w-measure">
          <PageTitle>{t.notFoundTitle}</PageTitle>
          <p className="mt-4 text-lg">{t.notFoundIntro}</p>
          <p className="mt-4 rounded-md border-2 border-l-8 border-care-emergency bg-care-emergency-bg p-4">
            <strong>{t.notFoundNeedHelp}</strong>{' '}
            {formatRich(t.notFoundUrgent, {
              numbers: siteMessages[locale].emergencyNumbers,
              link: (
                <a href={localePath(locale, CONTENT_PAGES.urgentHelp)} className="font-semibold text-care-emergency underline">
                  {t.notFoundUrgentLink}
                </a>
              ),
            })}
          </p>
          <h2 className="mt-8 text-2xl font-bold">{t.notFoundTry}</h2>
          <ul className="mt-3 list-disc space-y-2 pl-6">
            {links.map((link) => (
              <li key={link.href}>
                <a href={localePath(locale, link.href)} className="text-brand-dark underline">
                  {link.label}
                </a>
              </li>
            ))}
          </ul>
          {/* A broken link is worth reporting too; the page cannot know the address, so the email asks for it. */}
          <ReportProblem page={{ title: t.notFoundTitle, path: null }} locale={locale} />
        </div>
      </PageShell>
    )
  }

  return { metadata, Page: NotFoundPage }
}
