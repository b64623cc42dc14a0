import fs from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  cardFields,
  cardLabel,
  fieldHint,
  fieldLabel,
  filledFields,
  isRealDate,
  parseSavedRecord,
  RECORD_FIELDS,
  RECORD_GROUPS,
  RECORD_VERSION,
  recordAsText,
  recordProblems,
  recordSources,
  serializeRecord,
  withField,
  type TreatmentRecord,
} from './logic'
import { summaryRecordMessages, treatmentRecordMessages } from './messages'

const saved = (fields: unknown, extra: object = {}) => JSON.stringify({ version: RECORD_VERSION, fields, ...extra })

describe('treatment record fields', () => {
  it('has every field the issue asks for, each with a hint, in exactly one section', () => {
    expect(RECORD_FIELDS.map((field) => field.id)).toEqual([
      'treatmentDate',
      'clinicName',
      'clinicAddress',
      'clinicPhone',
      'practitionerName',
      'practitionerProfession',
      'practitionerRegister',
      'prescriberSeen',
      'productName',
      'batchNumber',
      'expiryDate',
      'areasTreated',
      'dose',
      'reviewDate',
      'notes',
    ])
    for (const messages of [treatmentRecordMessages.en, treatmentRecordMessages.es]) {
      for (const field of RECORD_FIELDS) expect(fieldHint(field, messages).length, field.id).toBeGreaterThan(10)
      for (const field of [...cardFields('front'), ...cardFields('back')]) expect(cardLabel(field, messages), field.id).toBeTruthy()
    }
    const grouped = RECORD_GROUPS.flatMap((group) => group.fields.map((field) => field.id))
    expect([...grouped].sort()).toEqual(RECORD_FIELDS.map((field) => field.id).sort())
  })

  it('gives every text field a length limit, and the wallet card the fields a report needs', () => {
    for (const field of RECORD_FIELDS) {
      if (field.kind !== 'date' && field.kind !== 'choice') expect(field.maxLength, field.id).toBeGreaterThan(0)
    }
    expect(cardFields('front').map((field) => field.id)).toContain('clinicPhone')
    expect(cardFields('back').map((field) => field.id)).toEqual(
      expect.arrayContaining(['productName', 'batchNumber', 'expiryDate', 'reviewDate']),
    )
  })

  it('cites only references that exist', () => {
    const references = JSON.parse(fs.readFileSync('content/references.json', 'utf8')) as { key: string }[] | Record<string, unknown>
    const keys = new Set(Array.isArray(references) ? references.map((reference) => reference.key) : Object.keys(references))
    expect(recordSources().length).toBeGreaterThan(0)
    for (const key of recordSources()) expect(keys, key).toContain(key)
  })
})

describe('isRealDate', () => {
  it('takes real days only', () => {
    expect(isRealDate('2026-02-28')).toBe(true)
    expect(isRealDate('2028-02-29')).toBe(true)
    for (const value of [
      '2026-02-29',
      '2026-02-30',
      '2026-13-01',
      '2026-00-10',
      '26-01-01',
      '2026-1-1',
      '0202-01-01',
      '20266-01-01',
      '',
      'soon',
    ]) {
      expect(isRealDate(value), value).toBe(false)
    }
  })
})

describe('parseSavedRecord', () => {
  it('reads back what serializeRecord wrote', () => {
    const record: TreatmentRecord = {
      treatmentDate: '2026-11-20',
      clinicName: 'A & B <Clinic>',
      prescriberSeen: 'yes',
      notes: 'Line 1\nLine 2',
    }
    expect(parseSavedRecord(serializeRecord(record))).toEqual({ state: 'saved', record })
  })

  it('is empty when nothing is saved', () => {
    expect(parseSavedRecord(null)).toEqual({ state: 'empty' })
    expect(parseSavedRecord('')).toEqual({ state: 'empty' })
    expect(serializeRecord({})).toBeNull()
  })

  it.each([
    ['corrupt JSON', '{"version":1,"fields":{'],
    ['another site’s data', JSON.stringify({ theme: 'dark' })],
    ['an array', '[1,2,3]'],
    ['a bare string', '"hello"'],
    ['an older version', JSON.stringify({ version: 0, fields: { clinicName: 'X' } })],
    ['a newer version', JSON.stringify({ version: 2, fields: { clinicName: 'X' } })],
    ['an unknown field', saved({ clinicName: 'X', password: 'secret' })],
    ['an extra top-level key', saved({ clinicName: 'X' }, { owner: 'someone' })],
    ['a value that is not text', saved({ clinicName: 42 })],
    ['a value over its limit', saved({ batchNumber: 'x'.repeat(41) })],
    ['a date that does not exist', saved({ treatmentDate: '2026-02-30' })],
    ['a choice that is not offered', saved({ prescriberSeen: 'maybe' })],
  ])('is unreadable for %s, keeping no part of it', (_name, value) => {
    expect(parseSavedRecord(value)).toEqual({ state: 'unreadable' })
  })
})

describe('withField', () => {
  it('cuts text to its limit, drops dates that are not real and clears emptied fields', () => {
    expect(withField({}, 'batchNumber', 'x'.repeat(60)).batchNumber).toHaveLength(40)
    expect(withField({}, 'reviewDate', '2026-02-30')).toEqual({})
    expect(withField({ clinicName: 'A' }, 'clinicName', '')).toEqual({})
    expect(withField({}, 'prescriberSeen', 'perhaps')).toEqual({})
  })
})

describe('recordProblems', () => {
  it('points out a review date before the treatment and an expiry date before it', () => {
    expect(
      recordProblems({ treatmentDate: '2026-11-20', reviewDate: '2026-11-19', expiryDate: '2026-01-31' }).map((problem) => problem.field),
    ).toEqual(['reviewDate', 'expiryDate'])
    expect(recordProblems({ treatmentDate: '2026-11-20', reviewDate: '2026-11-20', expiryDate: '2027-01-31' })).toEqual([])
    expect(recordProblems({ reviewDate: '2020-01-01' })).toEqual([])
  })
})

describe('recordAsText', () => {
  it('lists the filled fields in form order, dates and choices in words, typed text as typed', () => {
    const record: TreatmentRecord = {
      batchNumber: 'C1234',
      treatmentDate: '2026-11-20',
      prescriberSeen: 'not-sure',
      clinicName: '<b>Clinic</b>',
    }
    expect(filledFields(record, treatmentRecordMessages.en, 'en').map((field) => field.id)).toEqual([
      'treatmentDate',
      'clinicName',
      'prescriberSeen',
      'batchNumber',
    ])
    expect(recordAsText(record, 'My record', treatmentRecordMessages.en, 'en')).toBe(
      [
        'My record',
        '',
        'Date of treatment: 20 November 2026',
        'Clinic name: <b>Clinic</b>',
        'Did a prescriber see you in person before the treatment?: Not sure',
        'Batch (lot) number: C1234',
        '',
      ].join('\n'),
    )
  })

  it("writes labels, dates and choices in the page's edition", () => {
    const record: TreatmentRecord = { treatmentDate: '2026-11-20', prescriberSeen: 'not-sure', batchNumber: 'C1234' }
    expect(recordAsText(record, 'Mi registro', treatmentRecordMessages.es, 'es')).toBe(
      [
        'Mi registro',
        '',
        'Fecha del tratamiento: 20 de noviembre de 2026',
        '¿Le vio en persona alguien con permiso para recetar antes del tratamiento?: No lo sé',
        'Número de lote: C1234',
        '',
      ].join('\n'),
    )
  })
})

describe('the messages', () => {
  it('gives the symptom guide only the words its summary needs, in the edition asked for', () => {
    for (const locale of ['en', 'es'] as const) {
      const summary = summaryRecordMessages(locale)
      const all = treatmentRecordMessages[locale]
      for (const [key, value] of Object.entries(summary)) expect(value, key).toBe(all[key as keyof typeof all])
      for (const field of RECORD_FIELDS) expect(fieldLabel(field, summary)).toBe(fieldLabel(field, all))
      expect(Object.keys(summary).some((key) => key.endsWith('.hint'))).toBe(false)
    }
    expect(summaryRecordMessages('es').pageTitle).toBe('Mi registro de tratamiento con Botox')
  })
})
