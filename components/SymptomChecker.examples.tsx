import guideData from '@/content/tools/symptom-guide.json'
import { symptomGuideSchema } from '@/lib/symptom-guide-schema'
import { SymptomChecker } from './SymptomChecker'
import { SymptomsByLevel } from './SymptomsByLevel'

export const exampleGuide = symptomGuideSchema.parse(guideData)

export const examples = {
  checker: <SymptomChecker guide={exampleGuide} referenceNumbers={{ 'FDA-BOTOX-COSMETIC-PI-2024': 1, 'CLEVELAND-CLINIC-BOTOX': 2 }} />,
  byLevel: <SymptomsByLevel guide={exampleGuide} />,
}
