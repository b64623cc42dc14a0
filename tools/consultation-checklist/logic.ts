import type { ChecklistData } from './schema'

/**
 * The consultation checklist, from content/tools/consultation-checklist.json.
 * No zod here: this runs in the browser, and the data was validated at build
 * time by consultation-checklist-schema.ts.
 */

export type { ChecklistData }

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
