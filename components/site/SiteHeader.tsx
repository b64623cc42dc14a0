import { siteConfig } from '@/lib/site/site-config'
import { UrgentHelpLink } from './UrgentHelpLink'

export const NAV_LINKS = [
  { href: '/articles/', label: 'Articles' },
  { href: '/is-this-normal/', label: 'Symptom guide' },
  { href: '/consultation-checklist/', label: 'Checklist' },
  { href: '/authors/victor-beer/', label: 'Dr. Victor Beer' },
  { href: '/about/', label: 'About' },
  { href: '/search/', label: 'Search' },
] as const

export function SiteHeader() {
  return (
    <header className="no-print border-b border-line bg-paper">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 gap-y-3 px-4 py-3">
        <a href="/" className="flex min-h-11 items-center text-lg font-bold text-brand-dark no-underline hover:underline">
          {siteConfig.name}
        </a>
        <UrgentHelpLink />
        <nav aria-label="Main" className="w-full">
          <ul className="flex flex-wrap gap-x-1 gap-y-1">
            {NAV_LINKS.map((link) => (
              <li key={link.href}>
                <a href={link.href} className="inline-flex min-h-11 items-center rounded px-3 font-medium text-brand-dark underline-offset-4 hover:underline">
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
