import { mdxMessages, pickCareLevelMessages } from '@/components/mdx/messages'
import modelData from '@/content/triage/model.json'
import spanishModelData from '@/content/es/triage/model.json'
import { applyTranslation, UNTRANSLATED } from '@/lib/i18n/data-translation'
import type { TriageModel } from '@/lib/triage/engine'
import { forEdition } from '@/lib/triage/locale'
import { summaryRecordMessages } from '@/tools/treatment-record/messages'
import { symptomGuideMessages } from './messages'
import { SymptomGuide } from './SymptomGuide'

/** The real model (checked by lib/triage/schema.ts in the content check and in lib/triage's tests), as the English pages show it. */
export const exampleModel = forEdition(modelData as TriageModel, 'en')

/** The same model as the Spanish pages get it: the Spanish edition's steps, with the words of content/es/triage/model.json. */
export const exampleModelEs = applyTranslation(
  forEdition(modelData as TriageModel, 'es'),
  spanishModelData.strings,
  UNTRANSLATED.triageModel,
)

const referenceNumbers = { 'FDA-BOTOX-COSMETIC-PI-2024': 1, 'CLEVELAND-CLINIC-BOTOX': 2, 'FDA-BOTOX-MEDGUIDE': 3, 'NHS-111-NEAS': 4 }

export const examples = {
  checker: (
    <SymptomGuide
      model={exampleModel}
      referenceNumbers={referenceNumbers}
      locale="en"
      messages={symptomGuideMessages.en}
      recordMessages={summaryRecordMessages('en')}
      careLevelMessages={pickCareLevelMessages(mdxMessages.en)}
    />
  ),
  checkerEs: (
    <SymptomGuide
      model={exampleModelEs}
      referenceNumbers={referenceNumbers}
      locale="es"
      messages={symptomGuideMessages.es}
      recordMessages={summaryRecordMessages('es')}
      careLevelMessages={pickCareLevelMessages(mdxMessages.es)}
    />
  ),
}
