import { exampleModel } from './SymptomGuide.examples'
import { SymptomsByLevel } from './SymptomsByLevel'

export const examples = {
  byLevel: <SymptomsByLevel model={exampleModel} />,
}
