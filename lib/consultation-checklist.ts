import { z } from 'zod'

/** The consultation checklist, from content/tools/consultation-checklist.json. */

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase words joined by hyphens')
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
                link: z.string().regex(/^\/[a-z0-9/-]*\/(#[a-z0-9-]+)?$/, 'must be a site path ending in "/", with an optional #section'),
                sources: z.array(z.string().regex(/^[A-Z0-9]+(?:-[A-Z0-9]+)*$/, 'must be a citation key')).min(1, 'must name at least one source'),
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
        if (seen.has(item.id)) context.addIssue({ code: 'custom', path: ['sections', sectionIndex, 'items', itemIndex, 'id'], message: `"${item.id}" is used twice` })
        seen.add(item.id)
      }),
    )
  })

export type ChecklistData = z.infer<typeof checklistSchema>

export function allItemIds(checklist: ChecklistData): string[] {
  return checklist.sections.flatMap((section) => section.items.map((item) => item.id))
}

/**
 * Reads the ticked items saved in the browser. Anything unexpected (an old
 * format, an edited value, an item that no longer exists) is dropped rather
 * than trusted.
 */
export function parseTicked(saved: string | null, checklist: ChecklistData): string[] {
  if (!saved) return []
  try {
    const value: unknown = JSON.parse(saved)
    const known = new Set(allItemIds(checklist))
    return Array.isArray(value) ? [...new Set(value.filter((id): id is string => typeof id === 'string' && known.has(id)))] : []
  } catch {
    return []
  }
}

/** The checklist as plain text for pasting into a note or message: one line per item, ticked ones marked. */
export function checklistAsText(checklist: ChecklistData, ticked: readonly string[], title: string): string {
  const lines = [title, '']
  for (const section of checklist.sections) {
    lines.push(section.title)
    for (const item of section.items) lines.push(`[${ticked.includes(item.id) ? 'x' : ' '}] ${item.text}`)
    lines.push('')
  }
  return lines.join('\n').trimEnd() + '\n'
}

export function checklistSources(checklist: ChecklistData): string[] {
  return [...new Set(checklist.sections.flatMap((section) => section.items.flatMap((item) => item.sources)))]
}
