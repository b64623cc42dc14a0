import type { TreatmentRecord } from './logic'
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

export const examples = {
  blankCard: <RecordCard record={{}} title="My Botox treatment record" reportUrl="https://example.org/report-a-side-effect/" />,
  filledCard: <RecordCard record={filledRecord} title="My Botox treatment record" reportUrl="https://example.org/report-a-side-effect/" />,
  filledSheet: <RecordSheet record={filledRecord} title="My Botox treatment record" />,
}
