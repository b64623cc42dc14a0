import modelData from '@/content/triage/model.json'
import type { TriageModel } from '@/lib/triage/engine'
import { SymptomGuide } from './SymptomGuide'

/** The real model (checked by lib/triage/schema.ts in the content check and in lib/triage's tests). */
export const exampleModel = modelData as TriageModel

export const examples = {
  checker: (
    <SymptomGuide
      model={exampleModel}
      referenceNumbers={{ 'FDA-BOTOX-COSMETIC-PI-2024': 1, 'CLEVELAND-CLINIC-BOTOX': 2, 'FDA-BOTOX-MEDGUIDE': 3, 'NHS-111-NEAS': 4 }}
    />
  ),
}
