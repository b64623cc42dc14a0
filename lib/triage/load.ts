import fs from 'node:fs'
import path from 'node:path'
import { referenceLibrarySchema } from '@/lib/content/schemas/references'
import { parseTriageModel, type TriageModel } from './schema'

/** Build-only: reads the triage model and the reference data from disk and checks them. */

export const TRIAGE_MODEL_FILE = 'content/triage/model.json'
export const REFERENCES_FILE = 'content/references.json'
function readJson(root: string, file: string): unknown {
  return JSON.parse(fs.readFileSync(path.join(root, file), 'utf8'))
}

export function referenceKeys(root: string, file: string): string[] {
  return referenceLibrarySchema.parse(readJson(root, file)).map((reference) => reference.key)
}

/**
 * The model checked against content/references.json, for tests and scripts.
 * The site itself reads it through the content data-file registry
 * (getData('triageModel')), where the same schema runs with the other content rules.
 */
export function loadTriageModel(root = '.'): TriageModel {
  return parseTriageModel(TRIAGE_MODEL_FILE, readJson(root, TRIAGE_MODEL_FILE), referenceKeys(root, REFERENCES_FILE))
}

export function readTriageModelJson(root = '.'): unknown {
  return readJson(root, TRIAGE_MODEL_FILE)
}
