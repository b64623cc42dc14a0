import { treatmentRecordMessages } from './messages'
import { TreatmentRecord } from './TreatmentRecord'

export const exampleReportUrl = 'https://example.org/report-a-side-effect/'
export const exampleReportUrlEs = 'https://example.org/es/report-a-side-effect/'

export const examples = {
  record: (
    <TreatmentRecord title="My Botox treatment record" reportUrl={exampleReportUrl} locale="en" messages={treatmentRecordMessages.en} />
  ),
  recordEs: (
    <TreatmentRecord
      title="Mi registro de tratamiento con Botox"
      reportUrl={exampleReportUrlEs}
      locale="es"
      messages={treatmentRecordMessages.es}
    />
  ),
}
