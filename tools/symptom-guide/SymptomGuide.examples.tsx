import guideData from '@/content/tools/symptom-guide.json'
import { symptomGuideSchema } from '@/tools/symptom-guide/schema'
import { SymptomGuide } from './SymptomGuide'

export const exampleGuide = symptomGuideSchema.parse(guideData)

export const examples = {
  checker: <SymptomGuide guide={exampleGuide} referenceNumbers={{ 'FDA-BOTOX-COSMETIC-PI-2024': 1, 'CLEVELAND-CLINIC-BOTOX': 2 }} />,
}
