import { siteConfig, type SiteConfig } from '@/lib/site/site-config'

/**
 * Facts about the site itself that pages state in their own words around them: who runs and pays for it, what
 * could colour it, and where to write. They live in the site config (checked at build time) and reach a page
 * only through these components, so the "Who we are" page, the policies and the JSON-LD can never disagree.
 */

type DisclosurePart = 'runBy' | 'funding' | 'competingInterests'

const PARTS: Record<DisclosurePart, (config: SiteConfig) => readonly string[]> = {
  runBy: (config) => [config.publisher.runBy],
  funding: (config) => [config.publisher.funding],
  competingInterests: (config) => config.competingInterests,
}

/** `<Disclosure part="funding" />` in MDX: one part of the site's disclosure, as paragraphs. */
export function Disclosure({ part, config = siteConfig }: { part: DisclosurePart; config?: SiteConfig }) {
  const text = Object.hasOwn(PARTS, part) ? PARTS[part](config) : undefined
  if (!text) throw new Error(`<Disclosure part="${String(part)}" />: the part must be runBy, funding or competingInterests`)
  return (
    <>
      {text.map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
    </>
  )
}

/** `<EditorialEmail />` in MDX: the editorial address as a link, wherever a page tells readers how to write to us. */
export function EditorialEmail({ config = siteConfig }: { config?: SiteConfig }) {
  return <a href={`mailto:${config.editorialEmail}`}>{config.editorialEmail}</a>
}
