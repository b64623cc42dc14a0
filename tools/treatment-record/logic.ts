import { formatDate } from '@/lib/site/dates'
import { STORAGE_KEYS } from '@/lib/browser/storage'

/**
 * "My treatment record": what a reader writes down about one Botox treatment, so that a
 * doctor, a nurse or a report to the medicines regulator can know the clinic, the person,
 * the product and its batch. Browser-safe (no zod): the record lives in this browser only,
 * under one storage key, and every value read back is checked here before it is shown.
 */

/** One key, versioned inside the value: a saved record of another version is unreadable, never half-read. */
export const RECORD_STORAGE_KEY = STORAGE_KEYS.treatmentRecord
export const RECORD_VERSION = 1

export type FieldKind = 'date' | 'text' | 'long-text' | 'phone' | 'choice'

type FieldBase = {
  id: string
  label: string
  /** Where to find it: shown under the label and linked to the field. */
  hint: string
  /** Citation keys (content/references.json) for any fact the hint states. */
  sources?: readonly string[]
  /** Where the field goes on the wallet card; fields without a side are on the full page only. */
  card?: 'front' | 'back'
  /** The shorter label the wallet card uses. */
  cardLabel?: string
}

export type RecordField =
  | (FieldBase & { kind: 'date' })
  | (FieldBase & { kind: 'text' | 'long-text' | 'phone'; maxLength: number })
  | (FieldBase & { kind: 'choice'; options: readonly { value: string; label: string }[] })

/** Real calendar dates only, in this range: a year typed as 0202 or 20266 is a mistake to point out. */
const EARLIEST_YEAR = 1990
const LATEST_YEAR = 2100
/** The same range as the date fields' min and max, so the browser's date picker offers only what the record keeps. */
export const DATE_RANGE = { min: `${EARLIEST_YEAR}-01-01`, max: `${LATEST_YEAR}-12-31` } as const

export const RECORD_FIELDS = [
  {
    id: 'treatmentDate',
    kind: 'date',
    label: 'Date of treatment',
    hint: 'The day you had the injections.',
    card: 'front',
    cardLabel: 'Treated on',
  },
  {
    id: 'clinicName',
    kind: 'text',
    maxLength: 120,
    label: 'Clinic name',
    hint: 'As it appears on your booking or receipt.',
    card: 'front',
    cardLabel: 'Clinic',
  },
  {
    id: 'clinicAddress',
    kind: 'long-text',
    maxLength: 300,
    label: 'Clinic address',
    hint: 'Where you were treated.',
  },
  {
    id: 'clinicPhone',
    kind: 'phone',
    maxLength: 40,
    label: 'Clinic phone number',
    hint: 'The number to call if something worries you after the treatment.',
    card: 'front',
    cardLabel: 'Clinic phone',
  },
  {
    id: 'practitionerName',
    kind: 'text',
    maxLength: 120,
    label: 'Name of the person who injected you',
    hint: 'Ask the clinic if you did not catch it.',
    card: 'front',
    cardLabel: 'Injected by',
  },
  {
    id: 'practitionerProfession',
    kind: 'text',
    maxLength: 80,
    label: 'Their profession',
    hint: 'For example doctor, dentist, nurse or pharmacist.',
    card: 'front',
    cardLabel: 'Profession',
  },
  {
    id: 'practitionerRegister',
    kind: 'text',
    maxLength: 80,
    label: 'Their professional register and number',
    hint: 'The NHS advises choosing someone on a register that shows set standards of training, skill and insurance. Ask the clinic which register and what number.',
    sources: ['NHS-BOTOX'],
    card: 'front',
    cardLabel: 'Register and number',
  },
  {
    id: 'prescriberSeen',
    kind: 'choice',
    label: 'Did a prescriber see you in person before the treatment?',
    hint: 'In the UK, Botox can only be prescribed after a face-to-face consultation with a doctor, dentist, pharmacist prescriber or nurse prescriber.',
    sources: ['NHS-BOTOX'],
    options: [
      { value: 'yes', label: 'Yes' },
      { value: 'no', label: 'No' },
      { value: 'not-sure', label: 'Not sure' },
    ],
    card: 'front',
    cardLabel: 'Prescriber saw me in person',
  },
  {
    id: 'productName',
    kind: 'text',
    maxLength: 80,
    label: 'Product name',
    hint: 'Exactly as written on the box or the vial.',
    card: 'back',
    cardLabel: 'Product',
  },
  {
    id: 'batchNumber',
    kind: 'text',
    maxLength: 40,
    label: 'Batch (lot) number',
    hint: 'Printed on the vial and on its box. If you did not see them, ask the clinic.',
    sources: ['FDA-COUNTERFEIT-SIGNS-REPORTS'],
    card: 'back',
    cardLabel: 'Batch (lot)',
  },
  {
    id: 'expiryDate',
    kind: 'date',
    label: 'Expiry date',
    hint: 'Printed next to the batch number. If only a month is given, choose its last day.',
    card: 'back',
    cardLabel: 'Expiry',
  },
  {
    id: 'areasTreated',
    kind: 'text',
    maxLength: 200,
    label: 'Areas treated',
    hint: 'For example frown lines, forehead or around the eyes.',
    card: 'back',
    cardLabel: 'Areas',
  },
  {
    id: 'dose',
    kind: 'text',
    maxLength: 80,
    label: 'Dose, if you were told it',
    hint: 'Usually given in units, for each area.',
    card: 'back',
    cardLabel: 'Dose',
  },
  {
    id: 'reviewDate',
    kind: 'date',
    label: 'Follow-up review date',
    hint: 'When the clinic asked you to come back, if they did.',
    card: 'back',
    cardLabel: 'Review on',
  },
  {
    id: 'notes',
    kind: 'long-text',
    maxLength: 1000,
    label: 'Notes',
    hint: 'Anything else: what you were told, what you noticed afterwards and when.',
  },
] as const satisfies readonly RecordField[]

export type FieldId = (typeof RECORD_FIELDS)[number]['id']

/** The form's sections, in order: every field is in exactly one (logic.test.ts checks). */
const GROUPS: readonly { id: string; title: string; fields: readonly FieldId[] }[] = [
  { id: 'treatment', title: 'The treatment', fields: ['treatmentDate'] },
  { id: 'clinic', title: 'The clinic', fields: ['clinicName', 'clinicAddress', 'clinicPhone'] },
  {
    id: 'practitioner',
    title: 'The person who treated you',
    fields: ['practitionerName', 'practitionerProfession', 'practitionerRegister', 'prescriberSeen'],
  },
  { id: 'product', title: 'The product', fields: ['productName', 'batchNumber', 'expiryDate', 'areasTreated', 'dose'] },
  { id: 'afterwards', title: 'Afterwards', fields: ['reviewDate', 'notes'] },
]
/** Only the fields the reader filled in; every value is plain text (or an ISO date, or a choice's value). */
export type TreatmentRecord = Partial<Record<FieldId, string>>

export type SavedRecord = { state: 'empty' } | { state: 'saved'; record: TreatmentRecord } | { state: 'unreadable' }

const FIELDS_BY_ID = new Map<string, RecordField>(RECORD_FIELDS.map((field) => [field.id, field]))

export const RECORD_GROUPS = GROUPS.map((group) => ({ ...group, fields: group.fields.map((id) => FIELDS_BY_ID.get(id)!) }))

/** The wallet card's two sides, each in form order. */
export const cardFields = (side: 'front' | 'back'): RecordField[] => RECORD_FIELDS.filter((field: RecordField) => field.card === side)

/** A real day of the calendar as YYYY-MM-DD (what <input type="date"> gives), within the years a record can mean. */
export function isRealDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (!match) return false
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  if (year < EARLIEST_YEAR || year > LATEST_YEAR) return false
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

function isValidValue(field: RecordField, value: string): boolean {
  if (field.kind === 'date') return isRealDate(value)
  if (field.kind === 'choice') return field.options.some((option) => option.value === value)
  return value.length <= field.maxLength
}

/**
 * Reads the value saved in this browser. Anything that is not exactly a record this page
 * wrote (bad JSON, another version, another site's data, an unknown field, a value that is
 * too long or not a real date) makes the whole record unreadable: the page then says so and
 * offers to start again, rather than showing a part it cannot trust.
 */
export function parseSavedRecord(saved: string | null): SavedRecord {
  if (saved === null || saved === '') return { state: 'empty' }
  let value: unknown
  try {
    value = JSON.parse(saved)
  } catch {
    return { state: 'unreadable' }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { state: 'unreadable' }
  const { version, fields, ...rest } = value as Record<string, unknown>
  if (version !== RECORD_VERSION || Object.keys(rest).length > 0) return { state: 'unreadable' }
  if (typeof fields !== 'object' || fields === null || Array.isArray(fields)) return { state: 'unreadable' }
  const record: TreatmentRecord = {}
  for (const [id, fieldValue] of Object.entries(fields)) {
    const field = FIELDS_BY_ID.get(id)
    if (!field || typeof fieldValue !== 'string' || !isValidValue(field, fieldValue)) return { state: 'unreadable' }
    if (fieldValue !== '') record[id as FieldId] = fieldValue
  }
  return Object.keys(record).length > 0 ? { state: 'saved', record } : { state: 'empty' }
}

/** What is saved: null (remove the key) when nothing is filled in. */
export function serializeRecord(record: TreatmentRecord): string | null {
  const fields = Object.fromEntries(
    RECORD_FIELDS.flatMap((field) => {
      const value = record[field.id]
      return value ? [[field.id, value]] : []
    }),
  )
  return Object.keys(fields).length > 0 ? JSON.stringify({ version: RECORD_VERSION, fields }) : null
}

/**
 * A field as typed: text is cut to its limit (the input's maxlength does the same), and a
 * date that is not a real one is kept out of the record, so what is saved always reads back.
 */
export function withField(record: TreatmentRecord, id: FieldId, value: string): TreatmentRecord {
  const field = FIELDS_BY_ID.get(id)!
  const next = { ...record }
  const cleaned = field.kind === 'date' || field.kind === 'choice' ? value : value.slice(0, field.maxLength)
  if (cleaned === '' || !isValidValue(field, cleaned)) delete next[id]
  else next[id] = cleaned
  return next
}

export type RecordProblem = { field: FieldId; message: string }

/** Dates that contradict each other are pointed out next to the field, never silently accepted or changed. */
export function recordProblems(record: TreatmentRecord): RecordProblem[] {
  const problems: RecordProblem[] = []
  const treated = record.treatmentDate
  if (treated && record.reviewDate && record.reviewDate < treated) {
    problems.push({ field: 'reviewDate', message: 'This review date is before the date of treatment. Check both dates.' })
  }
  if (treated && record.expiryDate && record.expiryDate < treated) {
    problems.push({
      field: 'expiryDate',
      message: 'This expiry date is before the date of treatment. Check it on the box or vial, and ask the clinic if it is right.',
    })
  }
  return problems
}

/** A field's value as a reader reads it: dates in words, choices by their label. */
export function displayValue(field: RecordField, value: string | undefined): string {
  if (!value) return ''
  if (field.kind === 'date') return formatDate(value)
  if (field.kind === 'choice') return field.options.find((option) => option.value === value)?.label ?? ''
  return value
}

/** The filled-in fields, in form order, as label and readable value. */
export function filledFields(record: TreatmentRecord): { id: FieldId; label: string; value: string }[] {
  return RECORD_FIELDS.flatMap((field) => {
    const value = displayValue(field, record[field.id])
    return value ? [{ id: field.id, label: field.label, value }] : []
  })
}

/** The record as plain text for a message or a note: one "Label: value" per filled field. */
export function recordAsText(record: TreatmentRecord, title: string): string {
  const lines = filledFields(record).map(({ label, value }) => `${label}: ${value.includes('\n') ? `\n${value}` : value}`)
  return [title, '', ...lines].join('\n') + '\n'
}

/** Every citation key the field hints rely on, for the page's reference list. */
export function recordSources(): string[] {
  return [...new Set(RECORD_FIELDS.flatMap((field: RecordField) => field.sources ?? []))]
}
