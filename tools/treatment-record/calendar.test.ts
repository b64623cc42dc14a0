import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'
import { CALENDAR_EVENT_TITLE, escapeText, foldLine, reviewCalendarFile } from './calendar'
import type { TreatmentRecord } from './logic'

const now = new Date('2026-12-01T09:30:00Z')
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
    const file = reviewCalendarFile(record, { uid: 'abc@treatment-record', now })!
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
    const { event } = importEvent(reviewCalendarFile(record, { uid: 'x', now })!)
    expect(event.summary).toBe(`${CALENDAR_EVENT_TITLE}: Smith, Jones; & <Partners>`)
    expect(event.location).toBe('Smith, Jones; & <Partners>, 1 High Street\nLeeds')
    expect(event.description).toContain('Name of the person who injected you: Dr. A\\B')
    expect(event.description).toContain('Product name: <script>alert(1)</script>')
    expect(event.description).toContain('Date of treatment: 20 November 2026')
    expect(event.description).not.toContain('Never in the file')
  })

  it('uses CRLF line ends and no line longer than 75 octets, even for long non-ASCII text', () => {
    const long = { ...record, clinicName: 'Clínica Dermatológica Niño — ' + 'ü'.repeat(120) }
    const file = reviewCalendarFile(long, { uid: 'x', now })!
    expect(file.endsWith('\r\n')).toBe(true)
    expect(file.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
    for (const line of file.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75)
    expect(importEvent(file).event.summary).toBe(`${CALENDAR_EVENT_TITLE}: ${long.clinicName}`)
  })

  it('makes no file without a review date, or with one before the treatment', () => {
    expect(reviewCalendarFile({ clinicName: 'A' }, { uid: 'x', now })).toBeNull()
    expect(reviewCalendarFile({ treatmentDate: '2026-11-20', reviewDate: '2026-11-01' }, { uid: 'x', now })).toBeNull()
    expect(reviewCalendarFile({ reviewDate: '2026-02-30' }, { uid: 'x', now })).toBeNull()
  })

  it('gives the same bytes for the same record, uid and time', () => {
    expect(reviewCalendarFile(record, { uid: 'x', now })).toBe(reviewCalendarFile(record, { uid: 'x', now }))
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
