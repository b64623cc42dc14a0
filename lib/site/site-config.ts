import { z } from 'zod'
import { authorSchema } from '@/lib/content/schemas/author'

/**
 * The site's identity and every absolute URL come from here. SITE_URL is read
 * at build time; without it the site is built for the local server.
 * People are named here only by id: who they are comes from content/authors/.
 */
const siteConfigSchema = z.strictObject({
  name: z.string().min(1),
  shortName: z.string().min(1),
  /** Writes and medically reviews the site; lib/site/lead-author.ts reads their profile. */
  leadAuthorId: authorSchema.shape.id,
  url: z.url({ protocol: /^https?$/ }).transform((url) => url.replace(/\/+$/, '')),
  locale: z.literal('en'),
  emergencyNumbers: z.string().min(1),
})

export type SiteConfig = z.infer<typeof siteConfigSchema>

export const siteConfig: SiteConfig = siteConfigSchema.parse({
  name: 'Botox Risks Explained',
  shortName: 'Botox Risks',
  leadAuthorId: 'victor-beer',
  url: process.env.SITE_URL ?? 'http://127.0.0.1:3000',
  locale: 'en',
  emergencyNumbers: '911 (US), 999 (UK) or 112 (EU)',
})

export function absoluteUrl(pathname: string): string {
  return new URL(pathname, `${siteConfig.url}/`).toString()
}
