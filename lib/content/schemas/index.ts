import { z } from 'zod'
import { TOPIC_IDS } from '../topics'

/** Every piece of data that enters the build is described here, once. */

const nonEmpty = z.string().trim().min(1, 'must not be empty')
const slugLike = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase words joined by hyphens')
const webUrl = z.url({ protocol: /^https?$/, error: 'must be a full http(s) address' })

/**
 * Contentlayer turns a frontmatter date into an ISO timestamp, and lets an
 * impossible one (2026-02-30) through as "Invalid Date" or a rolled-over day,
 * so the date is read back and checked here.
 */
export const isoDate = z
  .string({ error: 'must be a date written as YYYY-MM-DD' })
  .refine((value) => /^\d{4}-\d{2}-\d{2}(T00:00:00(\.000)?Z)?$/.test(value), { message: 'must be a date written as YYYY-MM-DD', abort: true })
  .refine((value) => {
    const day = value.slice(0, 10)
    const parsed = new Date(`${day}T00:00:00Z`)
    return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === day
  }, 'is not a real calendar date')
  .transform((value) => value.slice(0, 10))

export const authorSchema = z.strictObject({
  id: slugLike,
  name: nonEmpty,
  honorificPrefix: z.string().optional(),
  jobTitle: nonEmpty,
  credentials: z.array(nonEmpty).min(1, 'must list at least one credential'),
  specialties: z.array(nonEmpty).min(1, 'must list at least one specialty'),
  experience: nonEmpty,
  professionalBodies: z.strictObject({
    summary: nonEmpty,
    memberships: z.array(z.strictObject({ name: nonEmpty, url: webUrl.optional() })),
  }),
  bio: z.array(nonEmpty).min(1, 'must have at least one paragraph'),
  sameAs: z.array(webUrl).default([]),
})
export type Author = z.infer<typeof authorSchema>

export const referenceSchema = z.strictObject({
  key: z.string().regex(/^[A-Z0-9]+(?:-[A-Z0-9]+)*$/, 'must be an upper-case citation key such as NHS-BOTOX'),
  title: nonEmpty,
  publisher: nonEmpty,
  year: z.number().int().min(1900).max(2100).nullable(),
  url: webUrl,
  note: nonEmpty.optional(),
})
export type Reference = z.infer<typeof referenceSchema>
export const referenceLibrarySchema = z.array(referenceSchema).min(1)

export const DESCRIPTION_MAX = 160
export const KEY_POINTS_MIN = 3
export const KEY_POINTS_MAX = 5
export const REVIEW_INTERVAL_MAX_YEARS = 3

const description = nonEmpty.max(DESCRIPTION_MAX, `must be at most ${DESCRIPTION_MAX} characters (search results cut longer ones)`)

/** The frontmatter of an article, checked again after contentlayer (which does not check enum values or dates). */
export const articleFrontmatterSchema = z.object({
  title: nonEmpty.max(100, 'must be at most 100 characters'),
  description,
  topic: z.enum(TOPIC_IDS, { error: `must be one of: ${TOPIC_IDS.join(', ')}` }),
  keyPoints: z
    .array(nonEmpty.max(200, 'must be at most 200 characters'))
    .min(KEY_POINTS_MIN, `must have ${KEY_POINTS_MIN} to ${KEY_POINTS_MAX} key points`)
    .max(KEY_POINTS_MAX, `must have ${KEY_POINTS_MIN} to ${KEY_POINTS_MAX} key points`),
  publishedAt: isoDate,
  lastReviewed: isoDate,
  nextReviewDue: isoDate,
  author: slugLike,
  reviewer: slugLike,
  citations: z.array(nonEmpty).min(1, 'must list the citation keys the article uses'),
  related: z.array(slugLike),
  draft: z.boolean(),
})

export const pageFrontmatterSchema = z.object({
  title: nonEmpty.max(100, 'must be at most 100 characters'),
  description,
  lastUpdated: isoDate,
  citations: z.array(nonEmpty),
})
