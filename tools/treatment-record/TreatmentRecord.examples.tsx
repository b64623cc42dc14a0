import { TreatmentRecord } from './TreatmentRecord'

export const exampleReportUrl = 'https://example.org/report-a-side-effect/'

export const examples = {
  record: <TreatmentRecord title="My Botox treatment record" reportUrl={exampleReportUrl} />,
}
