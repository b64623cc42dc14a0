import { authorPath, CONTENT_PAGES, CORRECTIONS } from '@/lib/site/routes'
import type { Author } from '@/lib/content/schemas/author'
import { displayName } from '@/lib/site/people'
import { siteConfig } from '@/lib/site/site-config'

const FOOTER_LINKS = [
  { href: CONTENT_PAGES.about, label: 'About and editorial policy' },
  { href: CONTENT_PAGES.whoWeAre, label: 'Who we are and how we are funded' },
  { href: CORRECTIONS.path, label: CORRECTIONS.title },
  { href: CONTENT_PAGES.accessibility, label: 'Accessibility' },
  { href: CONTENT_PAGES.privacy, label: 'Privacy' },
  { href: CONTENT_PAGES.urgentHelp, label: 'Get urgent help' },
] as const

/** The disclaimer, emergency numbers, the site's own pages and who writes and reviews it, on every page. */
export function SiteFooter({ leadAuthor }: { leadAuthor: Author }) {
  return (
    <footer className="mt-16 border-t border-line bg-paper-tint">
      <div className="mx-auto max-w-5xl px-4 py-8 text-ink-muted">
        <p className="max-w-measure">
          <strong className="text-ink">This site gives information, not medical advice or a diagnosis.</strong> Talk to a doctor about your
          own situation. If you have trouble breathing, swallowing or speaking after Botox, call {siteConfig.emergencyNumbers} now.
        </p>
        <nav aria-label="Footer" className="no-print mt-4">
          <ul className="flex flex-wrap gap-x-2 gap-y-1">
            {FOOTER_LINKS.map((link) => (
              <li key={link.href}>
                <a href={link.href} className="inline-flex min-h-11 items-center px-1 text-brand-dark underline">
                  {link.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <p className="mt-4 text-sm">
          {/* The text around the link is one string each, so the page's HTML stays as it was. */}
          Written and medically reviewed by{' '}
          <a className="text-brand-dark underline" href={authorPath(leadAuthor.id)}>
            {displayName(leadAuthor)}
          </a>
          {`, ${leadAuthor.jobTitle.toLowerCase()}. No cookies, no tracking.`}
        </p>
      </div>
    </footer>
  )
}
