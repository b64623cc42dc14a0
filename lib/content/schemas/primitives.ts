import { z } from 'zod'

/**
 * The building blocks every content schema shares, defined once so that a
 * slug or a citation key means the same thing (and fails with the same words)
 * in an article, an author profile and every tool's data file.
 *
 * Build-only: zod must never reach a browser bundle, so browser-safe modules
 * import the types their schemas infer, never these values.
 */

/** Text a reader sees: never empty or only spaces. */
export const nonEmpty = z.string().trim().min(1, 'must not be empty')

/** An id that is also part of a URL or a file name: `common-side-effects`. */
export const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase words joined by hyphens')

/** The key of an entry in content/references.json: `NHS-BOTOX`. */
export const citationKey = z.string().regex(/^[A-Z0-9]+(?:-[A-Z0-9]+)*$/, 'must be an upper-case citation key such as NHS-BOTOX')

/** A full address on the open web; other schemes (javascript:, ftp:) are refused. */
export const webUrl = z.url({ protocol: /^https?$/, error: 'must be a full http(s) address' })

/**
 * A calendar day, YYYY-MM-DD. Contentlayer turns a frontmatter date into an
 * ISO timestamp, and lets an impossible one (2026-02-30) through as "Invalid
 * Date" or a rolled-over day, so the date is read back and checked here.
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
