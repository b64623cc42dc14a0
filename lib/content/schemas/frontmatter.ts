import { z } from 'zod'
import { TOPIC_IDS } from '../topics'
import { citationKey, isoDate, nonEmpty, slug } from './primitives'

/**
 * The frontmatter of articles and pages: the one definition of a document's
 * fields. contentlayer.config.ts derives its field list from these schemas
 * (lib/content/schemas/contentlayer-fields.ts), and the content rules check
 * what contentlayer produced against them again, because contentlayer checks
 * neither enum values, lengths nor real dates.
 *
 * A `.default()` here is also the default contentlayer fills in, and each
 * `.describe()` becomes the field's description in the generated types.
 */

export const DESCRIPTION_MAX = 160
export const KEY_POINTS_MIN = 3
export const KEY_POINTS_MAX = 5
export const REVIEW_INTERVAL_MAX_YEARS = 3

const DATE_HINT = 'A date written as "YYYY-MM-DD", in quotes.'
const PROFILE_HINT = 'Id of a profile in content/authors.'

const title = nonEmpty.max(100, 'must be at most 100 characters')
const description = nonEmpty.max(DESCRIPTION_MAX, `must be at most ${DESCRIPTION_MAX} characters (search results cut longer ones)`)

// Dates are strings for contentlayer: its date type silently rolls 2026-02-30 over to 2026-03-02.
const date = isoDate.describe(DATE_HINT)

/** One review's "what changed" entry: its date and a line for each change a reader would want to know about. */
export const reviewChangeSchema = z.strictObject({
  date,
  changes: z
    .array(nonEmpty.max(300, 'must be at most 300 characters: one change a line'))
    .min(1, 'must say what changed, one line for each change'),
})
export type ReviewChange = z.infer<typeof reviewChangeSchema>

export const articleFrontmatterSchema = z.object({
  title,
  description: description.describe(`At most ${DESCRIPTION_MAX} characters; used as the meta description.`),
  topic: z.enum(TOPIC_IDS, { error: `must be one of: ${TOPIC_IDS.join(', ')}` }),
  keyPoints: z
    .array(nonEmpty.max(200, 'must be at most 200 characters'))
    .min(KEY_POINTS_MIN, `must have ${KEY_POINTS_MIN} to ${KEY_POINTS_MAX} key points`)
    .max(KEY_POINTS_MAX, `must have ${KEY_POINTS_MIN} to ${KEY_POINTS_MAX} key points`),
  publishedAt: date,
  lastReviewed: date,
  nextReviewDue: date,
  author: slug.describe(PROFILE_HINT),
  reviewer: slug.describe(PROFILE_HINT),
  citations: z.array(citationKey).min(1, 'must list the citation keys the article uses').describe('Keys in content/references.json.'),
  related: z.array(slug).default([]).describe('Slugs of other articles.'),
  reviewChanges: z
    .array(reviewChangeSchema)
    .default([])
    .describe('What changed at each review, newest first: { date, changes: [one line each] }. Needed for every lastReviewed after publishedAt.'),
  draft: z.boolean().default(false),
})
export type ArticleFrontmatter = z.infer<typeof articleFrontmatterSchema>

export const pageFrontmatterSchema = z.object({
  title,
  description,
  lastUpdated: date,
  citations: z.array(citationKey).default([]),
})
export type PageFrontmatter = z.infer<typeof pageFrontmatterSchema>

/**
 * What a translation says about itself. Everything else (dates, author, reviewer, topic, citations, related)
 * belongs to the English source and is read from it, so a fact about an article is never written twice.
 */
const translationFields = {
  sourceHash: z
    .string()
    .regex(/^[0-9a-f]{16}$/, 'must be the first 16 hex characters of the English file\'s sha256 (sha256sum content/…/x.mdx | cut -c1-16)')
    .describe('Which text of the English source this translates: the first 16 hex characters of its sha256.'),
  translatedAt: date,
  translator: nonEmpty.max(120).optional().describe('Who translated it, when a named person did; shown only when filled.'),
  translationReviewer: nonEmpty.max(120).optional().describe('Who checked the translation against the English; shown only when filled.'),
  translationReviewedAt: date.optional(),
}

export const articleTranslationSchema = z.object({
  title,
  description: articleFrontmatterSchema.shape.description,
  keyPoints: articleFrontmatterSchema.shape.keyPoints,
  ...translationFields,
  reviewChanges: z.array(reviewChangeSchema).default([]).describe("The English source's reviewChanges, same dates, lines translated."),
})
export type ArticleTranslationFrontmatter = z.infer<typeof articleTranslationSchema>

export const pageTranslationSchema = z.object({ title, description, ...translationFields })
export type PageTranslationFrontmatter = z.infer<typeof pageTranslationSchema>
