import { dataFileNames } from '../data-files'
import { schemaIssues, type ContentIssue, type Rule } from './types'

/** Every citation key held in a "source" or "sources" field anywhere in a data file, with its path. */
export function citationKeysIn(data: unknown, path: string[] = []): { path: string; key: string }[] {
  if (Array.isArray(data)) return data.flatMap((item, index) => citationKeysIn(item, [...path, String(index)]))
  if (data === null || typeof data !== 'object') return []
  return Object.entries(data).flatMap(([name, value]) => {
    if (name === 'source' && typeof value === 'string') return [{ path: [...path, name].join('.'), key: value }]
    if (name === 'sources' && Array.isArray(value)) {
      return value.flatMap((key, index) => (typeof key === 'string' ? [{ path: [...path, name, String(index)].join('.'), key }] : []))
    }
    return citationKeysIn(value, [...path, name])
  })
}

/**
 * Each data file in lib/content/data-files.ts fits its schema, and every
 * citation key in it (any "source" or "sources" field, however deep) is in the
 * reference library.
 */
export const dataFileRules: Rule = (input, context) => {
  const issues: ContentIssue[] = []
  const library = input.data.references.file
  for (const name of dataFileNames) {
    for (const checked of context.dataFiles[name]) {
      issues.push(...schemaIssues(checked))
      if (!checked.ok || !context.referenceKeys) continue
      for (const { path, key } of citationKeysIn(checked.data)) {
        if (!context.referenceKeys.has(key)) issues.push({ file: checked.file, field: path, reason: `"${key}" is not in ${library}` })
      }
    }
  }
  return issues
}
