import { LOCALE_SETTINGS, LOCALES, localePath, type Locale } from '@/lib/i18n/locales'
import { ARTICLES_INDEX, authorPath, CONTENT_PAGES, HOME_PATH, TOOL_PAGES } from '@/lib/site/routes'
import type { Author } from '@/lib/content/schemas/author'
import { displayName } from '@/lib/site/people'
import { siteConfig } from '@/lib/site/site-config'
import { siteMessages } from './messages'
import { UrgentHelpLink } from './UrgentHelpLink'

const navLinks = (locale: Locale, leadAuthor: Author) => {
  const t = siteMessages[locale]
  return [
    { href: ARTICLES_INDEX.path, label: t.navArticles },
    { href: TOOL_PAGES.symptomGuide.path, label: t.navSymptomGuide },
    { href: TOOL_PAGES.consultationChecklist.path, label: t.navChecklist },
    { href: TOOL_PAGES.treatmentRecord.path, label: t.navRecord },
    { href: authorPath(leadAuthor.id), label: displayName(leadAuthor) },
    { href: CONTENT_PAGES.about, label: t.navAbout },
    { href: TOOL_PAGES.search.path, label: t.navSearch },
  ].map((link) => ({ ...link, href: localePath(locale, link.href) }))
}

/** The edition the language link offers: the site has two, so it is the one the page is not in. */
const otherEdition = (locale: Locale): Locale => LOCALES.find((candidate) => candidate !== locale) ?? locale

type SiteHeaderProps = {
  locale: Locale
  leadAuthor: Author
  /** The same page in the other edition, from the route; left out where the page has no twin, and then no language link is shown. */
  alternatePath?: string
}

/**
 * The site's name, the urgent help link, the link to the same page in the other language, and the main navigation,
 * which names the person behind the site.
 */
export function SiteHeader({ locale, leadAuthor, alternatePath }: SiteHeaderProps) {
  const t = siteMessages[locale]
  const other = LOCALE_SETTINGS[otherEdition(locale)]
  return (
    <header className="no-print border-b border-line bg-paper">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 gap-y-3 px-4 py-3">
        <a
          href={localePath(locale, HOME_PATH)}
          className="flex min-h-11 items-center text-lg font-bold text-brand-dark no-underline hover:underline"
        >
          {siteConfig.name}
        </a>
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
          <UrgentHelpLink locale={locale} />
          {alternatePath ? (
            // Named in its own language, and marked as such, so that a screen reader says it in that language. Its box
            // has a fixed width: the browser may pick the system font for that language a moment later, and a box that
            // followed the text's width would move the header when it does (Lighthouse measured CLS 0.002 once).
            <a
              href={alternatePath}
              lang={other.lang}
              hrefLang={other.lang}
              className="inline-flex min-h-11 w-28 items-center justify-center rounded px-3 font-medium text-brand-dark underline underline-offset-4"
            >
              {other.name}
            </a>
          ) : null}
        </div>
        <nav aria-label={t.mainNavigation} className="w-full">
          <ul className="flex flex-wrap gap-x-1 gap-y-1">
            {navLinks(locale, leadAuthor).map((link) => (
              <li key={link.href}>
                <a
                  href={link.href}
                  className="inline-flex min-h-11 items-center rounded px-3 font-medium text-brand-dark underline-offset-4 hover:underline"
                >
                  {link.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  )
}
