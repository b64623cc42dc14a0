import { InfoNotDiagnosis } from './InfoNotDiagnosis'

export const examples = {
  english: <InfoNotDiagnosis locale="en" />,
  spanish: <InfoNotDiagnosis locale="es" />,
}
