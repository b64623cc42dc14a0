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
  /**
   * Professional registrations exactly as the person gives them (the register, their number on it and, where the
   * register is public, the page that shows it). Shown only when filled: nothing is ever filled in for them.
   */
  registrations: z
    .array(z.strictObject({ register: nonEmpty, number: nonEmpty, url: webUrl.optional() }))
    .default([]),
  bio: z.array(nonEmpty).min(1, 'must have at least one paragraph'),
  sameAs: z.array(webUrl).default([]),
})
export type Author = z.infer<typeof authorSchema>
