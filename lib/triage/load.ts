import fs from 'node:fs'
import path from 'node:path'
import { referenceLibrarySchema } from '@/lib/content/schemas/references'
import type { ContentIssue } from '@/lib/content/rules/types'
import { parseTriageModel, type TriageModel } from './schema'

/** Build-only: reads the triage model and the reference data from disk and checks them. */

export const TRIAGE_MODEL_FILE = 'content/triage/model.json'
export const REFERENCES_FILE = 'content/references.json'
/**
 * References the model cites that content/references.json does not hold yet
 * (fact-sheet keys first used by the triage model). They move into
 * references.json when the model is wired into the pages; until then the
 * model may cite them, and the test in schema.test.ts says which they are.
 */
export const REFERENCES_TO_ADD_FILE = 'content/triage/references-to-add.json'

function readJson(root: string, file: string): unknown {
  return JSON.parse(fs.readFileSync(path.join(root, file), 'utf8'))
}

export function referenceKeys(root: string, file: string): string[] {
  return referenceLibrarySchema.parse(readJson(root, file)).map((reference) => reference.key)
}

/** Problems with the waiting references: bad entries, or a key that is already in references.json. */
export function referencesToAddIssues(root = '.'): ContentIssue[] {
  const result = referenceLibrarySchema.safeParse(readJson(root, REFERENCES_TO_ADD_FILE))
  if (!result.success)
    return result.error.issues.map((issue) => ({
      file: REFERENCES_TO_ADD_FILE,
      field: issue.path.map(String).join('.'),
      reason: issue.message,
    }))
  const existing = new Set(referenceKeys(root, REFERENCES_FILE))
  return result.data.flatMap((reference, index) =>
    existing.has(reference.key)
      ? [
          {
            file: REFERENCES_TO_ADD_FILE,
            field: `${index}.key`,
            reason: `"${reference.key}" is already in ${REFERENCES_FILE}; remove it here`,
          },
        ]
      : [],
  )
}

export function loadTriageModel(root = '.'): TriageModel {
  const known = [...referenceKeys(root, REFERENCES_FILE), ...referenceKeys(root, REFERENCES_TO_ADD_FILE)]
  return parseTriageModel(TRIAGE_MODEL_FILE, readJson(root, TRIAGE_MODEL_FILE), known)
}

export function readTriageModelJson(root = '.'): unknown {
  return readJson(root, TRIAGE_MODEL_FILE)
}
