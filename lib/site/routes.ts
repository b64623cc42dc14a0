/**
 * Every address the site writes is built here: pages, the sitemap, structured data, the content
 * rules and contentlayer's computed `url` all import it, so a URL shape changes in one place.
 * Every page path ends in a slash because the static export writes <path>/index.html.
 *
 * No imports, on purpose: contentlayer bundles contentlayer.config.ts with its own esbuild,
 * and the island bundles may use it too, so this file must stand alone.
 */

export const HOME_PATH = '/'

/** The articles index, which groups every article by topic. */
export const ARTICLES_INDEX = { path: '/articles/' } as const

export const articlePath = (slug: string) => `${ARTICLES_INDEX.path}${slug}/`

/** The articles index, at one topic's section. */
export const topicPath = (topicId: string) => `${ARTICLES_INDEX.path}#${topicId}`

/** The 1200x630 image shown when an article is shared (app/articles/[slug]/og.png). */
export const articleSocialImagePath = (slug: string) => `${articlePath(slug)}og.png`

/** The article's QR code as a file, for posters (app/articles/[slug]/qr.svg). */
export const articleQrCodePath = (slug: string) => `${articlePath(slug)}qr.svg`

export const authorPath = (id: string) => `/authors/${id}/`

/** The site's own pages (content/pages/<slug>.mdx) sit at the top level. */
export const contentPagePath = (slug: string) => `/${slug}/`

/** Content pages the header, footer and 404 page link to by name; a test checks each has its file in content/pages/. */
export const CONTENT_PAGES = {
  about: contentPagePath('about'),
  accessibility: contentPagePath('accessibility'),
  privacy: contentPagePath('privacy'),
  urgentHelp: contentPagePath('urgent-help'),
  whoWeAre: contentPagePath('who-we-are'),
  reportSideEffect: contentPagePath('report-a-side-effect'),
} as const

/** Where the editorial policy says what happens to a report of a mistake (content/pages/about.mdx). */
export const REPORTS_POLICY_PATH = `${contentPagePath('about')}#how-do-we-correct-mistakes`

/** Every "what changed at this review" entry of every article, newest first, and the same as an Atom feed. */
export const CORRECTIONS = {
  path: '/corrections/',
  feedPath: '/corrections/feed.xml',
  feedTitle: 'Corrections and changes to our Botox advice',
} as const

/** The treatment record's page, on its own so that the symptom guide's island can link to it without the whole list. */
export const TREATMENT_RECORD_PAGE = { path: '/my-treatment-record/' } as const

/** Pages that are neither articles nor content pages; the sitemap (and so the e2e suite) lists them from here. */
export const TOOL_PAGES = {
  symptomGuide: { path: '/is-this-normal/' },
  consultationChecklist: { path: '/consultation-checklist/' },
  treatmentRecord: TREATMENT_RECORD_PAGE,
  search: { path: '/search/' },
} as const

/** The site-wide image shown when a page without its own is shared (app/og.png). */
export const SITE_SOCIAL_IMAGE_PATH = '/og.png'

export const SITEMAP_PATH = '/sitemap.xml'
