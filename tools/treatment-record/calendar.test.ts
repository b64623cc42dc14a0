import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'
import { escapeText, foldLine, reviewCalendarFile } from './calendar'
import type { TreatmentRecord } from './logic'
import { treatmentRecordMessages } from './messages'

const now = new Date('2026-12-01T09:30:00Z')
const english = { messages: treatmentRecordMessages.en, locale: 'en' } as const
const CALENDAR_EVENT_TITLE = treatmentRecordMessages.en.calendarEventTitle
const record: TreatmentRecord = {
  treatmentDate: '2026-11-20',
  clinicName: 'Smith, Jones; & <Partners>',
  clinicAddress: '1 High Street\nLeeds',
  clinicPhone: '0113 496 0000',
  practitionerName: 'Dr. A\\B',
  productName: '<script>alert(1)</script>',
  batchNumber: 'C1234',
  reviewDate: '2026-12-04',
  notes: 'Never in the file',
}

/** Parsed by ical.js, the parser Thunderbird uses: what a standard calendar would import. */
function importEvent(file: string) {
  const calendar = new ICAL.Component(ICAL.parse(file))
  const events = calendar.getAllSubcomponents('vevent')
  expect(events).toHaveLength(1)
  return { calendar, event: new ICAL.Event(events[0]!), component: events[0]! }
}

describe('reviewCalendarFile', () => {
  it('imports as one all-day event on the review date, with a reminder the day before', () => {
    const file = reviewCalendarFile(record, { uid: 'abc@treatment-record', now, ...english })!
    const { calendar, event, component } = importEvent(file)
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0')
    expect(event.uid).toBe('abc@treatment-record')
    expect(event.startDate.isDate).toBe(true)
    expect(event.startDate.toString()).toBe('2026-12-04')
    expect(event.endDate.toString()).toBe('2026-12-05')
    expect(component.getFirstPropertyValue('dtstamp')?.toString()).toBe('2026-12-01T09:30:00Z')
    const alarm = component.getFirstSubcomponent('valarm')!
    expect(alarm.getFirstPropertyValue('trigger')?.toString()).toBe('-P1D')
  })

  it('keeps whatever was typed as text: commas, semicolons, backslashes, line breaks and markup come back unchanged', () => {
    const { event } = importEvent(reviewCalendarFile(record, { uid: 'x', now, ...english })!)
    expect(event.summary).toBe(`${CALENDAR_EVENT_TITLE}: Smith, Jones; & <Partners>`)
    expect(event.location).toBe('Smith, Jones; & <Partners>, 1 High Street\nLeeds')
    expect(event.description).toContain('Name of the person who injected you: Dr. A\\B')
    expect(event.description).toContain('Product name: <script>alert(1)</script>')
    expect(event.description).toContain('Date of treatment: 20 November 2026')
    expect(event.description).not.toContain('Never in the file')
  })

  it('uses CRLF line ends and no line longer than 75 octets, even for long non-ASCII text', () => {
    const long = { ...record, clinicName: 'Clínica Dermatológica Niño — ' + 'ü'.repeat(120) }
    const file = reviewCalendarFile(long, { uid: 'x', now, ...english })!
    expect(file.endsWith('\r\n')).toBe(true)
    expect(file.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
    for (const line of file.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75)
    expect(importEvent(file).event.summary).toBe(`${CALENDAR_EVENT_TITLE}: ${long.clinicName}`)
  })

  it('makes no file without a review date, or with one before the treatment', () => {
    expect(reviewCalendarFile({ clinicName: 'A' }, { uid: 'x', now, ...english })).toBeNull()
    expect(reviewCalendarFile({ treatmentDate: '2026-11-20', reviewDate: '2026-11-01' }, { uid: 'x', now, ...english })).toBeNull()
    expect(reviewCalendarFile({ reviewDate: '2026-02-30' }, { uid: 'x', now, ...english })).toBeNull()
  })

  it('gives the same bytes for the same record, uid and time', () => {
    expect(reviewCalendarFile(record, { uid: 'x', now, ...english })).toBe(reviewCalendarFile(record, { uid: 'x', now, ...english }))
  })
})

describe('escapeText and foldLine', () => {
  it('escapes what RFC 5545 says to escape and drops control characters', () => {
    expect(escapeText('a\\b;c,d\r\ne\nf\u0007g')).toBe('a\\\\b\\;c\\,d\\ne\\nfg')
  })

  it('never splits a character across a fold', () => {
    const folded = foldLine('SUMMARY:' + '€'.repeat(40))
    expect(folded.split('\r\n ').join('')).toBe('SUMMARY:' + '€'.repeat(40))
  })
})

describe('reviewCalendarFile in Spanish', () => {
  const spanish = { messages: treatmentRecordMessages.es, locale: 'es' } as const

  it("names the event, the fields and the dates in the page's edition; what was typed stays as typed", () => {
    const { event, component } = importEvent(reviewCalendarFile(record, { uid: 'x', now, ...spanish })!)
    expect(event.summary).toBe('Cita de revisión después del Botox: Smith, Jones; & <Partners>')
    expect(event.description).toContain('Fecha del tratamiento: 20 de noviembre de 2026')
    expect(event.description).toContain('Número de lote: C1234')
    expect(event.description).toContain('Nombre de la persona que le puso las inyecciones: Dr. A\\B')
    expect(component.getFirstSubcomponent('valarm')!.getFirstPropertyValue('description')).toBe('Cita de revisión después del Botox')
    for (const text of [event.summary, event.description])
      for (const word of ['Follow-up', 'Date of treatment', 'Batch', 'November']) expect(text).not.toContain(word)
  })

  it('titles the event without a clinic when none is given', () => {
    const { event } = importEvent(reviewCalendarFile({ reviewDate: '2026-12-04' }, { uid: 'x', now, ...spanish })!)
    expect(event.summary).toBe('Cita de revisión después del Botox')
  })
})
