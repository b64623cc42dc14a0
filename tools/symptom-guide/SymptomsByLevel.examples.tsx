import { exampleGuide } from './SymptomGuide.examples'
import { SymptomsByLevel } from './SymptomsByLevel'

export const examples = {
  byLevel: <SymptomsByLevel guide={exampleGuide} />,
}
