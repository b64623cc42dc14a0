import { exampleModel, exampleModelEs } from './SymptomGuide.examples'
import { SymptomsByLevel } from './SymptomsByLevel'

export const examples = {
  byLevel: <SymptomsByLevel model={exampleModel} locale="en" />,
  byLevelEs: <SymptomsByLevel model={exampleModelEs} locale="es" />,
}
