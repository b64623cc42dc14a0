import { z } from 'zod'
import { citationKey, nonEmpty, webUrl } from './primitives'

/** One source in content/references.json, cited in the text as <Cite source="KEY" />. */
export const referenceSchema = z.strictObject({
  key: citationKey,
  title: nonEmpty,
  publisher: nonEmpty,
  year: z.number().int().min(1900).max(2100).nullable(),
  url: webUrl,
  note: nonEmpty.optional(),
})
export type Reference = z.infer<typeof referenceSchema>
export const referenceLibrarySchema = z.array(referenceSchema).min(1)
