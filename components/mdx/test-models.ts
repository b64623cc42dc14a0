import fs from 'node:fs'
import path from 'node:path'
import { applyTranslation, dataTranslationSchema, UNTRANSLATED } from '@/lib/i18n/data-translation'
import { readTriageModelJson, REFERENCES_FILE, referenceKeys, TRIAGE_MODEL_FILE } from '@/lib/triage/load'
import { parseTriageModel, type TriageModel } from '@/lib/triage/schema'

/**
 * The Spanish edition's triage model as the Spanish pages are given it: the file's Spanish edition (forEdition),
 * with content/es/triage/model.json's text. For the examples and tests of this folder only (it reads files).
 */
export function loadSpanishTriageModel(root = '.'): TriageModel {
  const edition = parseTriageModel(TRIAGE_MODEL_FILE, readTriageModelJson(root), referenceKeys(root, REFERENCES_FILE), 'es')
  const overlay = dataTranslationSchema.parse(JSON.parse(fs.readFileSync(path.join(root, 'content/es/triage/model.json'), 'utf8')))
  return applyTranslation(edition, overlay.strings, UNTRANSLATED.triageModel)
}
