import { z } from 'zod'
import { nonEmpty, slug, webUrl } from './primitives'

/** A profile in content/authors/<id>.json: the people who write and review the articles. */
export const authorSchema = z.strictObject({
  id: slug,
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
