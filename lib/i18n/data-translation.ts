import { createHash } from 'node:crypto'
import { z } from 'zod'

/**
 * Translation overlays for the site's JSON data files (content/tools/*.json,
 * content/triage/model.json). The English file stays the one place for ids,
 * numbers, levels and sources; a translation (content/<locale>/...json) holds
 * only the reader text, one whole string per key:
 *
 *   { "sourceHash": "<first 16 hex of sha256 of the English file>",
 *     "strings": { "signs.trouble-breathing.label": "…", … } }
 *
 * A key is the path of property names to a string leaf. An array element is
 * named by its `id` when it has a string one (so a key survives reordering),
 * else by its index: `actions.call-emergency-number.steps.us.text`,
 * `keyPoints.0`, `0.title`.
 *
 * Properties that are not reader text (ids, levels, sources, references to
 * other entries by id) are listed per file in UNTRANSLATED and never appear
 * as keys. An entry is either a property name, matched anywhere ("sources"),
 * or a dotted path from the top of the file in which "*" stands for any one
 * segment ("modifiers.*.actions"), for a property whose name is reader text
 * elsewhere in the same file.
 *
 * Build-only (node:crypto, zod): never import it from browser code.
 */

export const dataTranslationSchema = z.strictObject({
  sourceHash: z.string().regex(/^[0-9a-f]{16}$/, "must be the first 16 lowercase hex characters of the English file's sha256"),
  strings: z.record(z.string().min(1, 'a key must not be empty'), z.string().trim().min(1, 'must not be empty')),
})

export type DataTranslation = z.infer<typeof dataTranslationSchema>

/** The first 16 hex characters of the sha256 of a file's text: what an overlay records of the English file it translates. */
export function sourceHashOf(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16)
}

/**
 * Property names and paths that are not reader text, for each data file.
 * Numbers and booleans are never translated, so they need no entry here.
 */
export const UNTRANSLATED: Record<'riskFigures' | 'recoveryTimeline' | 'consultationChecklist' | 'triageModel', ReadonlySet<string>> = {
  // content/tools/risk-figures.json (tools/risk-figures/logic.ts): treated and placebo hold only numbers.
  riskFigures: new Set(['id', 'kind', 'source']),
  // content/tools/recovery-timeline.json (tools/recovery-timeline/logic.ts): warnings are triage sign or combination ids.
  recoveryTimeline: new Set(['id', 'kind', 'warnings', 'sources']),
  // content/tools/consultation-checklist.json (tools/consultation-checklist/schema.ts): "link" IS translated, to the /es/ page.
  consultationChecklist: new Set(['storageKey', 'id', 'sources']),
  // content/triage/model.json (lib/triage/schema.ts). Top-level "signs", "groups", "regions" and "actions" hold labels
  // and steps, which are reader text, so the id lists of the same names are named by their path.
  triageModel: new Set([
    'id',
    'level',
    // The top-level level → action table, and each safety-net item's levels.
    'levels',
    'sources',
    'locales',
    'offeredWith',
    'signs.*.groups',
    'timeRules.*.sign',
    'timeRules.*.from',
    'modifiers.*.raises',
    'modifiers.*.actions',
    'combinations.*.signs',
    'actions.*.steps.*.regions',
  ]),
}

/** Whether the child at `path` is left out; a bare name matches a property, never an array element's id or index. */
function isSkipped(untranslated: ReadonlySet<string>, path: readonly string[], isProperty: boolean): boolean {
  const name = path[path.length - 1]
  if (name === undefined) return false
  if (isProperty && untranslated.has(name)) return true
  for (const entry of untranslated) {
    if (!entry.includes('.')) continue
    const pattern = entry.split('.')
    if (pattern.length === path.length && pattern.every((segment, index) => segment === '*' || segment === path[index])) return true
  }
  return false
}

function elementKey(element: unknown, index: number): string {
  if (element !== null && typeof element === 'object' && !Array.isArray(element)) {
    const id = (element as Record<string, unknown>).id
    if (typeof id === 'string') return id
  }
  return String(index)
}

function checkSegment(segment: string, path: readonly string[]): string {
  if (segment === '' || segment.includes('.')) {
    throw new Error(`Cannot make a translation key at "${[...path, segment].join('.')}": "${segment}" is empty or contains a "."`)
  }
  return segment
}

/** Each child of an array or object with its key segment; throws when two array elements share a key. */
function children(value: object, path: readonly string[]): [string, unknown][] {
  if (Array.isArray(value)) {
    const seen = new Set<string>()
    return value.map((element, index) => {
      const segment = checkSegment(elementKey(element, index), path)
      if (seen.has(segment)) {
        throw new Error(
          `Duplicate translation key "${[...path, segment].join('.')}": two elements of "${path.join('.') || '(top)'}" share it`,
        )
      }
      seen.add(segment)
      return [segment, element]
    })
  }
  return Object.entries(value).map(([name, child]) => [checkSegment(name, path), child])
}

/** Every string leaf of a data file that a reader sees, by key, in file order. Throws on two elements with the same id. */
export function translatableStrings(data: unknown, untranslated: ReadonlySet<string>): Map<string, string> {
  const found = new Map<string, string>()
  const walk = (value: unknown, path: string[]) => {
    if (typeof value === 'string') {
      const key = path.join('.')
      if (found.has(key)) throw new Error(`Duplicate translation key "${key}"`)
      found.set(key, value)
      return
    }
    if (value === null || typeof value !== 'object') return
    for (const [segment, child] of children(value, path)) {
      const childPath = [...path, segment]
      if (!isSkipped(untranslated, childPath, !Array.isArray(value))) walk(child, childPath)
    }
  }
  walk(data, [])
  return found
}

/** What is wrong with an overlay against the English file: each key it lacks, and each key English no longer has. */
export function translationProblems(english: unknown, overlay: DataTranslation, untranslated: ReadonlySet<string>): string[] {
  const wanted = translatableStrings(english, untranslated)
  const given = overlay.strings
  return [
    ...[...wanted.keys()].filter((key) => !Object.hasOwn(given, key)).map((key) => `missing translation for "${key}"`),
    ...Object.keys(given)
      .filter((key) => !wanted.has(key))
      .map((key) => `"${key}" is not in the English file (removed or renamed?)`),
  ]
}

/**
 * A deep copy of the English data with every translatable string replaced by
 * its translation; everything else (ids, numbers, sources) as in English.
 * Throws, naming the key, when a translation is missing. Keys in `strings`
 * that English no longer has are not used (translationProblems reports them).
 */
export function applyTranslation<T>(english: T, strings: Readonly<Record<string, string>>, untranslated: ReadonlySet<string>): T {
  const walk = (value: unknown, path: string[]): unknown => {
    if (typeof value === 'string') {
      const key = path.join('.')
      if (!Object.hasOwn(strings, key)) throw new Error(`missing translation for "${key}"`)
      return strings[key]
    }
    if (value === null || typeof value !== 'object') return value
    const copied = children(value, path).map(([segment, child]): [string, unknown] => {
      const childPath = [...path, segment]
      return [segment, isSkipped(untranslated, childPath, !Array.isArray(value)) ? structuredClone(child) : walk(child, childPath)]
    })
    if (Array.isArray(value)) return copied.map(([, child]) => child)
    return Object.fromEntries(copied)
  }
  return walk(english, []) as T
}
