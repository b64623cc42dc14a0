import fs from 'node:fs'
import path from 'node:path'
import { getCitedReferences } from '@/lib/content/accessors'
import { referenceLibrarySchema, type Reference } from '@/lib/content/schemas/references'
import { REFERENCES_FILE, REFERENCES_TO_ADD_FILE } from './load'

/**
 * Build-only: the references behind these citation keys, in this order. A key
 * the model cites that is still waiting in content/triage/references-to-add.json
 * (not yet in content/references.json) is read from there, so a page rendered
 * from the model can list it today; once it moves, the reference data is used.
 */
export function triageReferences(keys: readonly string[], root = '.'): Reference[] {
  const known = new Set(
    referenceLibrarySchema.parse(JSON.parse(fs.readFileSync(path.join(root, REFERENCES_FILE), 'utf8'))).map((r) => r.key),
  )
  const waiting = fs.existsSync(path.join(root, REFERENCES_TO_ADD_FILE))
    ? referenceLibrarySchema.parse(JSON.parse(fs.readFileSync(path.join(root, REFERENCES_TO_ADD_FILE), 'utf8')))
    : []
  return keys.map((key) => {
    if (known.has(key)) return getCitedReferences([key])[0] as Reference
    const reference = waiting.find((entry) => entry.key === key)
    if (!reference) throw new Error(`Unknown citation key ${key}: not in ${REFERENCES_FILE} or ${REFERENCES_TO_ADD_FILE}`)
    return reference
  })
}
