import { localePath, type Locale } from '@/lib/i18n/locales'
import { format } from '@/lib/i18n/messages'
import { authorPath, CONTENT_PAGES, CORRECTIONS } from '@/lib/site/routes'
import type { Author } from '@/lib/content/schemas/author'
import { displayName, jobTitleIn } from '@/lib/site/people'
import { siteMessages } from './messages'
import { formatRich } from '@/lib/i18n/rich-text'

const footerLinks = (locale: Locale) => {
  const t = siteMessages[locale]
  return [
    { href: CONTENT_PAGES.about, label: t.footerAbout },
    { href: CONTENT_PAGES.whoWeAre, label: t.footerWhoWeAre },
    { href: CORRECTIONS.path, label: t.footerCorrections },
    { href: CONTENT_PAGES.accessibility, label: t.footerAccessibility },
    { href: CONTENT_PAGES.privacy, label: t.footerPrivacy },
    { href: CONTENT_PAGES.urgentHelp, label: t.urgentHelp },
  ].map((link) => ({ ...link, href: localePath(locale, link.href) }))
}

/**
 * The disclaimer, emergency numbers, the site's own pages and who writes and reviews it, on every page.
 * `leadAuthor` is the lead author's profile: their job title is shown in the edition's language (jobTitleIn).
 */
export function SiteFooter({ locale, leadAuthor }: { locale: Locale; leadAuthor: Author }) {
  const t = siteMessages[locale]
  return (
    <footer className="mt-16 border-t border-line bg-paper-tint">
      <div className="mx-auto max-w-5xl px-4 py-8 text-ink-muted">
        <p className="max-w-measure">
          <strong className="text-ink">{t.disclaimer}</strong> {format(t.emergencyAdvice, { emergencyNumbers: t.emergencyNumbers })}
        </p>
        <nav aria-label={t.footerNavigation} className="no-print mt-4">
          <ul className="flex flex-wrap gap-x-2 gap-y-1">
            {footerLinks(locale).map((link) => (
              <li key={link.href}>
                <a href={link.href} className="inline-flex min-h-11 items-center px-1 text-brand-dark underline">
                  {link.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <p className="mt-4 text-sm">
          {formatRich(t.byline, {
            author: (
              <a className="text-brand-dark underline" href={localePath(locale, authorPath(leadAuthor.id))}>
                {displayName(leadAuthor)}
              </a>
            ),
            jobTitle: jobTitleIn(leadAuthor, locale).toLowerCase(),
          })}
        </p>
      </div>
    </footer>
  )
}
