import { z } from 'zod'
import { nonEmpty, slug, webUrl } from './primitives'

/** A profile in content/authors/<id>.json: the people who write and review the articles. */
export const authorSchema = z.strictObject({
  id: slug,
  name: nonEmpty,
  honorificPrefix: z.string().optional(),
  /** In English, as the person gives it ("Dermatologist"); shown in lower case inside sentences. */
  jobTitle: nonEmpty,
  /**
   * The words of the profile in another edition's language, where the person or the editor has given them; an
   * edition without one shows the English (lib/site/people.ts, jobTitleIn).
   */
  translations: z
    .strictObject({
      es: z
        .strictObject({
          jobTitle: nonEmpty,
          /** The rest of the profile page's words, each as many as the English (checked in the refine below). */
          credentials: z.array(nonEmpty).optional(),
          specialties: z.array(nonEmpty).optional(),
          experience: nonEmpty.optional(),
          professionalBodiesSummary: nonEmpty.optional(),
          bio: z.array(nonEmpty).optional(),
        })
        .optional(),
    })
    .optional(),
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
}).superRefine((author, context) => {
  // A translated list says the same things as the English one, so it has as many entries.
  const es = author.translations?.es
  for (const field of ['credentials', 'specialties', 'bio'] as const) {
    const translated = es?.[field]
    // An empty English list has its own error; comparing with it would only repeat it.
    if (translated && author[field].length > 0 && translated.length !== author[field].length) {
      context.addIssue({
        code: 'custom',
        path: ['translations', 'es', field],
        message: `has ${translated.length} entries, but ${field} has ${author[field].length}: translate each one`,
      })
    }
  }
})
export type Author = z.infer<typeof authorSchema>
