import { z } from 'zod'
import { citationKey, slug } from '@/lib/content/schemas/primitives'

/** The build-time check of content/tools/consultation-checklist.json (kept apart so zod never reaches the browser). */

const text = z.string().trim().min(1)

export const checklistSchema = z
  .strictObject({
    storageKey: z.string().regex(/^[a-z0-9:.-]+$/, 'must be a short key of lowercase letters, digits, ":", "." or "-"'),
    sections: z
      .array(
        z.strictObject({
          id: slug,
          title: text,
          items: z
            .array(
              z.strictObject({
                id: slug,
                text,
                why: text,
                // A Spanish heading's id keeps its accents (github-slugger): "#qué-es-la-ptosis".
                link: z
                  .string()
                  .regex(/^\/[a-z0-9/-]*\/(#[\p{Ll}\p{N}_-]+)?$/u, 'must be a site path ending in "/", with an optional #section'),
                sources: z.array(citationKey).min(1, 'must name at least one source'),
              }),
            )
            .min(1),
        }),
      )
      .min(1),
  })
  .superRefine((checklist, context) => {
    const seen = new Set<string>()
    checklist.sections.forEach((section, sectionIndex) =>
      section.items.forEach((item, itemIndex) => {
        if (seen.has(item.id))
          context.addIssue({
            code: 'custom',
            path: ['sections', sectionIndex, 'items', itemIndex, 'id'],
            message: `"${item.id}" is used twice`,
          })
        seen.add(item.id)
      }),
    )
  })

export type ChecklistData = z.infer<typeof checklistSchema>
