import { z } from 'zod'
import type { Locale } from '@/lib/i18n/locales'
import { authorSchema } from '@/lib/content/schemas/author'
import { nonEmpty } from '@/lib/content/schemas/primitives'

/**
 * The site's identity, its editorial address, who publishes and pays for it, and every absolute URL come from
 * here. SITE_URL and EDITORIAL_EMAIL are read at build time; without them the site is built for the local
 * server with a placeholder address that a public build refuses (see `parseSiteConfig`).
 * People are named here only by id: who they are comes from content/authors/.
 */

export const SITE_CONFIG_FILE = 'lib/site/site-config.ts'

/** Addresses under the reserved .example domain (RFC 2606) reach nobody: fine on this machine, never in public. */
export const PLACEHOLDER_EDITORIAL_EMAIL = 'editor@botox-risks.example'

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]'])

/** What the "Who we are" page and the policies say about who runs and pays for the site, one source per edition. */
const disclosureSchema = z.strictObject({
  runBy: nonEmpty,
  funding: nonEmpty,
  competingInterests: z.array(nonEmpty).min(1, 'must say at least one thing (say so if there are none)'),
})

export type Disclosure = z.infer<typeof disclosureSchema>

const siteConfigSchema = z
  .strictObject({
    name: nonEmpty,
    shortName: nonEmpty,
    /** Writes and medically reviews the site; lib/site/lead-author.ts reads their profile. */
    leadAuthorId: authorSchema.shape.id,
    url: z.url({ protocol: /^https?$/, error: 'must be a full http(s) address' }).transform((url) => url.replace(/\/+$/, '')),
    locale: z.literal('en'),
    emergencyNumbers: nonEmpty,
    /** Where "Report a problem with this page" writes to; one address for the whole site. */
    editorialEmail: z.email({ error: 'must be an email address such as editor@example.org' }),
    /** Who publishes the site and how it is paid for, as the "Who we are" page and the JSON-LD publisher say it. */
    publisher: z.strictObject({
      name: nonEmpty,
      runBy: nonEmpty,
      funding: nonEmpty,
    }),
    /** What could colour the pages, said plainly, one paragraph each. */
    competingInterests: z.array(nonEmpty).min(1, 'must say at least one thing (say so if there are none)'),
    /**
     * The disclosure (publisher.runBy, publisher.funding, competingInterests) in each other edition's language, said
     * the same way, paragraph for paragraph: `<Disclosure>` shows it on that edition's pages.
     */
    translations: z.strictObject({ es: disclosureSchema }),
  })
  .superRefine((config, context) => {
    for (const [locale, translation] of Object.entries(config.translations)) {
      // An English list that is missing or empty has its own error; a translation cannot be compared with it.
      if (config.competingInterests.length > 0 && translation.competingInterests.length !== config.competingInterests.length)
        context.addIssue({
          code: 'custom',
          path: ['translations', locale, 'competingInterests'],
          message: `has ${translation.competingInterests.length} paragraph(s), English has ${config.competingInterests.length}: translate each one`,
        })
    }
    const host = URL.canParse(config.url) ? new URL(config.url).hostname : ''
    if (host && !LOCAL_HOSTS.has(host) && config.editorialEmail.endsWith('.example'))
      context.addIssue({
        code: 'custom',
        path: ['editorialEmail'],
        message: `is the placeholder ${config.editorialEmail}, which reaches nobody; a site built for ${host} needs EDITORIAL_EMAIL set`,
      })
  })

export type SiteConfig = z.infer<typeof siteConfigSchema>

/** Where each field can be set from outside the file, so an error can say what to change. */
const FROM_ENVIRONMENT: Partial<Record<keyof SiteConfig, string>> = { url: 'SITE_URL', editorialEmail: 'EDITORIAL_EMAIL' }

/** Checks the config; a problem stops the build naming the file, the field (and the variable that set it) and why. */
export function parseSiteConfig(input: unknown): SiteConfig {
  const result = siteConfigSchema.safeParse(input)
  if (result.success) return result.data
  const problems = result.error.issues.map((issue) => {
    const field = issue.path.join('.') || '(the whole config)'
    const variable = FROM_ENVIRONMENT[issue.path[0] as keyof SiteConfig]
    return `${SITE_CONFIG_FILE} › ${field}${variable ? ` (set by ${variable})` : ''}: ${issue.message}`
  })
  throw new Error(problems.join('\n'))
}

const SITE_NAME = 'Botox Risks Explained'

/** The config as written, before checking: tests break one field of it at a time. */
export const siteConfigInput = {
  name: SITE_NAME,
  shortName: 'Botox Risks',
  leadAuthorId: 'victor-beer',
  url: process.env.SITE_URL ?? 'http://127.0.0.1:3000',
  locale: 'en',
  emergencyNumbers: '911 (US), 999 (UK) or 112 (EU)',
  editorialEmail: process.env.EDITORIAL_EMAIL ?? PLACEHOLDER_EDITORIAL_EMAIL,
  // Only what the team has said: no adverts, no sponsors, no product placement. A named funder goes here, and
  // nowhere else, if one ever exists.
  publisher: {
    name: SITE_NAME,
    runBy:
      'A small, independent team runs this site. Our lead author, a dermatologist, writes every article and checks it for medical accuracy.',
    funding:
      'The people who run the site pay for it themselves. There are no adverts, no sponsors and no paid product placement. We take no money from clinics, practitioners or the companies that make or sell Botox.',
  },
  competingInterests: [
    'Our lead author gives Botox treatments as part of his work as a dermatologist, and he is paid for them. Someone who earns a living from a treatment could be tempted to make it sound safer than it is.',
    'This site does not recommend any clinic, practitioner, product or brand, and it does not send readers to any clinic, his own included.',
  ],
  translations: {
    es: {
      runBy:
        'Un equipo pequeño e independiente dirige este sitio. Nuestro autor principal, un dermatólogo, escribe cada artículo y revisa que sea correcto desde el punto de vista médico.',
      funding:
        'Las personas que dirigen el sitio lo pagan ellas mismas. No hay anuncios ni patrocinadores, y nadie nos paga por mostrar un producto. No aceptamos dinero de clínicas, de profesionales ni de las empresas que fabrican o venden Botox.',
      competingInterests: [
        'Nuestro autor principal aplica tratamientos de Botox como parte de su trabajo de dermatólogo, y cobra por ellos. Alguien que se gana la vida con un tratamiento podría sentir la tentación de hacerlo parecer más seguro de lo que es.',
        'Este sitio no recomienda ninguna clínica, profesional, producto ni marca. Tampoco envía a los lectores a ninguna clínica, ni siquiera a la suya.',
      ],
    },
  },
}

export const siteConfig: SiteConfig = parseSiteConfig(siteConfigInput)

/** The site's disclosure as an edition's pages say it: English from the fields above, another edition from `translations`. */
export function disclosureOf(config: SiteConfig, locale: Locale): Disclosure {
  if (locale === 'en')
    return { runBy: config.publisher.runBy, funding: config.publisher.funding, competingInterests: config.competingInterests }
  return config.translations[locale]
}

export function absoluteUrl(pathname: string): string {
  return new URL(pathname, `${siteConfig.url}/`).toString()
}
