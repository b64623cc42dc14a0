import { z } from 'zod'

/**
 * The site's identity and every absolute URL come from here. SITE_URL is read
 * at build time; without it the site is built for the local server.
 */
const siteConfigSchema = z.strictObject({
  name: z.string().min(1),
  shortName: z.string().min(1),
  description: z.string().min(1).max(160),
  url: z.url({ protocol: /^https?$/ }).transform((url) => url.replace(/\/+$/, '')),
  locale: z.literal('en'),
  emergencyNumbers: z.string().min(1),
})

export type SiteConfig = z.infer<typeof siteConfigSchema>

export const siteConfig: SiteConfig = siteConfigSchema.parse({
  name: 'Botox Risks Explained',
  shortName: 'Botox Risks',
  description:
    'Clear, sourced answers about the risks of Botox, written and medically reviewed by dermatologist Dr. Victor Beer.',
  url: process.env.SITE_URL ?? 'http://127.0.0.1:3000',
  locale: 'en',
  emergencyNumbers: '911 (US), 999 (UK) or 112 (EU)',
})

export function absoluteUrl(pathname: string): string {
  return new URL(pathname, `${siteConfig.url}/`).toString()
}
