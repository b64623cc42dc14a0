import { formatDate } from '@/lib/i18n/format'
import type { Locale } from '@/lib/i18n/locales'
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

/**
 * A field's shape and rules. Its words (label, hint, the card's shorter label, a choice's options) are in
 * messages.ts under "<id>.label", "<id>.hint", "<id>.cardLabel" and "<id>.<option value>", one set per edition.
 */
type FieldBase = {
  id: string
  /** Citation keys (content/references.json) for any fact the hint states, in every edition. */
  sources?: readonly string[]
  /** Where the field goes on the wallet card, under its card label; fields without a side are on the full page only. */
  card?: 'front' | 'back'
}

export type RecordField =
  | (FieldBase & { kind: 'date' })
  | (FieldBase & { kind: 'text' | 'long-text' | 'phone'; maxLength: number })
  | (FieldBase & { kind: 'choice'; options: readonly string[] })

/** Real calendar dates only, in this range: a year typed as 0202 or 20266 is a mistake to point out. */
const EARLIEST_YEAR = 1990
const LATEST_YEAR = 2100
/** The same range as the date fields' min and max, so the browser's date picker offers only what the record keeps. */
export const DATE_RANGE = { min: `${EARLIEST_YEAR}-01-01`, max: `${LATEST_YEAR}-12-31` } as const

export const RECORD_FIELDS = [
  { id: 'treatmentDate', kind: 'date', card: 'front' },
  { id: 'clinicName', kind: 'text', maxLength: 120, card: 'front' },
  { id: 'clinicAddress', kind: 'long-text', maxLength: 300 },
  { id: 'clinicPhone', kind: 'phone', maxLength: 40, card: 'front' },
  { id: 'practitionerName', kind: 'text', maxLength: 120, card: 'front' },
  { id: 'practitionerProfession', kind: 'text', maxLength: 80, card: 'front' },
  // The hint says what the NHS advises.
  { id: 'practitionerRegister', kind: 'text', maxLength: 80, sources: ['NHS-BOTOX'], card: 'front' },
  // The hint says who may prescribe Botox in the UK, and after what consultation.
  { id: 'prescriberSeen', kind: 'choice', sources: ['NHS-BOTOX'], options: ['yes', 'no', 'not-sure'], card: 'front' },
  { id: 'productName', kind: 'text', maxLength: 80, card: 'back' },
  // The hint says where the batch number is printed.
  { id: 'batchNumber', kind: 'text', maxLength: 40, sources: ['FDA-COUNTERFEIT-SIGNS-REPORTS'], card: 'back' },
  { id: 'expiryDate', kind: 'date', card: 'back' },
  { id: 'areasTreated', kind: 'text', maxLength: 200, card: 'back' },
  { id: 'dose', kind: 'text', maxLength: 80, card: 'back' },
  { id: 'reviewDate', kind: 'date', card: 'back' },
  { id: 'notes', kind: 'long-text', maxLength: 1000 },
] as const satisfies readonly RecordField[]

export type FieldId = (typeof RECORD_FIELDS)[number]['id']
type CardFieldId = Extract<(typeof RECORD_FIELDS)[number], { card: string }>['id']
type ChoiceField = Extract<(typeof RECORD_FIELDS)[number], { kind: 'choice' }>

/** The form's sections, in order: every field is in exactly one (logic.test.ts checks). Titles: "group.<id>" in messages.ts. */
const GROUPS = [
  { id: 'treatment', fields: ['treatmentDate'] },
  { id: 'clinic', fields: ['clinicName', 'clinicAddress', 'clinicPhone'] },
  { id: 'practitioner', fields: ['practitionerName', 'practitionerProfession', 'practitionerRegister', 'prescriberSeen'] },
  { id: 'product', fields: ['productName', 'batchNumber', 'expiryDate', 'areasTreated', 'dose'] },
  { id: 'afterwards', fields: ['reviewDate', 'notes'] },
] as const satisfies readonly { id: string; fields: readonly FieldId[] }[]

type GroupId = (typeof GROUPS)[number]['id']

/** The words a field's value needs to be read (its label, a choice's options): the record as text, on the card, in the guide's summary. */
export type FieldValueTexts = Readonly<Record<`${FieldId}.label` | `${ChoiceField['id']}.${ChoiceField['options'][number]}`, string>>

/** Every word of the form: messages.ts must have each of these keys in every edition. */
export type RecordFormTexts = FieldValueTexts &
  Readonly<Record<`${FieldId}.hint` | `${CardFieldId}.cardLabel` | `group.${GroupId}`, string>>

/** Only the fields the reader filled in; every value is plain text (or an ISO date, or a choice's value). */
export type TreatmentRecord = Partial<Record<FieldId, string>>

export type SavedRecord = { state: 'empty' } | { state: 'saved'; record: TreatmentRecord } | { state: 'unreadable' }

const FIELDS_BY_ID = new Map<string, RecordField>(RECORD_FIELDS.map((field) => [field.id, field]))

export const RECORD_GROUPS = GROUPS.map((group) => ({ id: group.id, fields: group.fields.map((id) => FIELDS_BY_ID.get(id)!) }))

export const fieldLabel = (field: RecordField, texts: FieldValueTexts): string => texts[`${field.id as FieldId}.label`]
export const fieldHint = (field: RecordField, texts: RecordFormTexts): string => texts[`${field.id as FieldId}.hint`]
/** The shorter label the wallet card uses; only fields with a card side have one. */
export const cardLabel = (field: RecordField, texts: RecordFormTexts): string => texts[`${field.id as CardFieldId}.cardLabel`]
export const groupTitle = (group: { id: string }, texts: RecordFormTexts): string => texts[`group.${group.id as GroupId}`]
export const optionLabel = (field: RecordField, value: string, texts: FieldValueTexts): string =>
  texts[`${field.id as ChoiceField['id']}.${value as ChoiceField['options'][number]}`]

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
  if (field.kind === 'choice') return field.options.includes(value)
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

/** A problem names its words in messages.ts by key. */
export type RecordProblem = { field: FieldId; message: 'reviewBeforeTreatment' | 'expiryBeforeTreatment' }

/** Dates that contradict each other are pointed out next to the field, never silently accepted or changed. */
export function recordProblems(record: TreatmentRecord): RecordProblem[] {
  const problems: RecordProblem[] = []
  const treated = record.treatmentDate
  if (treated && record.reviewDate && record.reviewDate < treated) problems.push({ field: 'reviewDate', message: 'reviewBeforeTreatment' })
  if (treated && record.expiryDate && record.expiryDate < treated) problems.push({ field: 'expiryDate', message: 'expiryBeforeTreatment' })
  return problems
}

/** A field's value as a reader of the edition reads it: dates in words, choices by their label. */
export function displayValue(field: RecordField, value: string | undefined, texts: FieldValueTexts, locale: Locale): string {
  if (!value) return ''
  if (field.kind === 'date') return formatDate(value, locale)
  if (field.kind === 'choice') return field.options.includes(value) ? optionLabel(field, value, texts) : ''
  return value
}

/** The filled-in fields, in form order, as label and readable value. */
export function filledFields(
  record: TreatmentRecord,
  texts: FieldValueTexts,
  locale: Locale,
): { id: FieldId; label: string; value: string }[] {
  return RECORD_FIELDS.flatMap((field) => {
    const value = displayValue(field, record[field.id], texts, locale)
    return value ? [{ id: field.id, label: fieldLabel(field, texts), value }] : []
  })
}

/** The record as plain text for a message or a note: one "Label: value" per filled field. */
export function recordAsText(record: TreatmentRecord, title: string, texts: FieldValueTexts, locale: Locale): string {
  const lines = filledFields(record, texts, locale).map(({ label, value }) => `${label}: ${value.includes('\n') ? `\n${value}` : value}`)
  return [title, '', ...lines].join('\n') + '\n'
}

/** Every citation key the field hints rely on, for the page's reference list. */
export function recordSources(): string[] {
  return [...new Set(RECORD_FIELDS.flatMap((field: RecordField) => field.sources ?? []))]
}
