import type { Locale } from '@/lib/i18n/locales'
import { disclosureOf, siteConfig, type Disclosure as DisclosureText, type SiteConfig } from '@/lib/site/site-config'

/**
 * Facts about the site itself that pages state in their own words around them: who runs and pays for it, what
 * could colour it, and where to write. They live in the site config (checked at build time, with each edition's
 * wording there too) and reach a page only through these components, so the "Who we are" page, the policies and
 * the JSON-LD can never disagree.
 */

type DisclosurePart = 'runBy' | 'funding' | 'competingInterests'

const PARTS: Record<DisclosurePart, (text: DisclosureText) => readonly string[]> = {
  runBy: (text) => [text.runBy],
  funding: (text) => [text.funding],
  competingInterests: (text) => text.competingInterests,
}

/** `<Disclosure part="funding" />` in MDX: one part of the site's disclosure, as paragraphs, in the page's language. */
export function Disclosure({ part, locale, config = siteConfig }: { part: DisclosurePart; locale: Locale; config?: SiteConfig }) {
  const text = Object.hasOwn(PARTS, part) ? PARTS[part](disclosureOf(config, locale)) : undefined
  if (!text) throw new Error(`<Disclosure part="${String(part)}" />: the part must be runBy, funding or competingInterests`)
  return (
    <>
      {text.map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
    </>
  )
}

/**
 * `<EditorialEmail />` in MDX: the editorial address as a link, wherever a page tells readers how to write to us.
 * The address is the same in every edition; `locale` is bound like every other MDX component's, and unused.
 */
export function EditorialEmail({ config = siteConfig }: { locale: Locale; config?: SiteConfig }) {
  return <a href={`mailto:${config.editorialEmail}`}>{config.editorialEmail}</a>
}
