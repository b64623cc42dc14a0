import { ARTICLES_INDEX, authorPath, CONTENT_PAGES, HOME_PATH, TOOL_PAGES } from '@/lib/site/routes'
import type { Author } from '@/lib/content/schemas/author'
import { displayName } from '@/lib/site/people'
import { siteConfig } from '@/lib/site/site-config'
import { UrgentHelpLink } from './UrgentHelpLink'

const navLinks = (leadAuthor: Author) => [
  { href: ARTICLES_INDEX.path, label: 'Articles' },
  { href: TOOL_PAGES.symptomGuide.path, label: 'Symptom guide' },
  { href: TOOL_PAGES.consultationChecklist.path, label: 'Checklist' },
  { href: TOOL_PAGES.treatmentRecord.path, label: 'My record' },
  { href: authorPath(leadAuthor.id), label: displayName(leadAuthor) },
  { href: CONTENT_PAGES.about, label: 'About' },
  { href: TOOL_PAGES.search.path, label: 'Search' },
]

/** The site's name, the urgent help link and the main navigation, which names the person behind the site. */
export function SiteHeader({ leadAuthor }: { leadAuthor: Author }) {
  return (
    <header className="no-print border-b border-line bg-paper">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 gap-y-3 px-4 py-3">
        <a href={HOME_PATH} className="flex min-h-11 items-center text-lg font-bold text-brand-dark no-underline hover:underline">
          {siteConfig.name}
        </a>
        <UrgentHelpLink />
        <nav aria-label="Main" className="w-full">
          <ul className="flex flex-wrap gap-x-1 gap-y-1">
            {navLinks(leadAuthor).map((link) => (
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
