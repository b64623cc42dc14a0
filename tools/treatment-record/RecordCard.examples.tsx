import type { TreatmentRecord } from './logic'
import { treatmentRecordMessages } from './messages'
import { RecordCard, RecordSheet } from './RecordCard'

export const filledRecord: TreatmentRecord = {
  treatmentDate: '2026-11-20',
  clinicName: 'Example Skin Clinic',
  clinicAddress: '1 Example Street\nExampletown',
  clinicPhone: '020 7946 0000',
  practitionerName: 'A. Practitioner',
  practitionerProfession: 'Nurse prescriber',
  prescriberSeen: 'yes',
  productName: 'Example toxin 50 units',
  batchNumber: 'C1234AB',
  expiryDate: '2027-06-30',
  areasTreated: 'Frown lines',
  reviewDate: '2026-12-04',
}

/** The same record as a Spanish reader would type it. */
export const filledRecordEs: TreatmentRecord = {
  ...filledRecord,
  clinicName: 'Clínica de Ejemplo',
  clinicAddress: 'Calle Ejemplo 1\nCiudad Ejemplo',
  clinicPhone: '55 1234 5678',
  practitionerName: 'A. Profesional',
  practitionerProfession: 'Enfermera con permiso para recetar',
  productName: 'Toxina de ejemplo, 50 unidades',
  areasTreated: 'Entrecejo',
}

const en = { title: 'My Botox treatment record', locale: 'en', messages: treatmentRecordMessages.en } as const
const es = { title: 'Mi registro de tratamiento con Botox', locale: 'es', messages: treatmentRecordMessages.es } as const

export const examples = {
  blankCard: <RecordCard record={{}} reportUrl="https://example.org/report-a-side-effect/" {...en} />,
  filledCard: <RecordCard record={filledRecord} reportUrl="https://example.org/report-a-side-effect/" {...en} />,
  filledSheet: <RecordSheet record={filledRecord} {...en} />,
  blankCardEs: <RecordCard record={{}} reportUrl="https://example.org/es/report-a-side-effect/" {...es} />,
  filledCardEs: <RecordCard record={filledRecordEs} reportUrl="https://example.org/es/report-a-side-effect/" {...es} />,
  filledSheetEs: <RecordSheet record={filledRecordEs} {...es} />,
}
