import type { Locale } from '@/lib/i18n/locales'
import { format } from '@/lib/i18n/messages'
import { displayValue, fieldLabel, isRealDate, RECORD_FIELDS, type TreatmentRecord } from './logic'
import type { TreatmentRecordMessages } from './messages'

/**
 * The follow-up review as an iCalendar file (RFC 5545), made in the browser. A library
 * (ical-generator, ics) would add 10–30 kB to the island for what is one event: these few
 * lines do the three things the format asks of us (escaping, CRLF, folding at 75 octets),
 * and the tests import what they make with ical.js, the parser Thunderbird uses.
 */

/** TEXT values: backslash, semicolon and comma escaped, any line break as \n, other control characters dropped. */
export function escapeText(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\n/g, '\\n')
}

/** Lines longer than 75 octets are folded (CRLF and a space), never inside a UTF-8 character. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder()
  const parts: string[] = []
  let current = ''
  let octets = 0
  for (const character of line) {
    const size = encoder.encode(character).length
    // The first line may hold 75 octets; continuation lines start with a space, so 74 more.
    const limit = parts.length === 0 ? 75 : 74
    if (octets + size > limit) {
      parts.push(current)
      current = ''
      octets = 0
    }
    current += character
    octets += size
  }
  parts.push(current)
  return parts.join('\r\n ')
}

const basicDate = (iso: string) => iso.replace(/-/g, '')

function nextDay(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() + 1)
  return date.toISOString().slice(0, 10)
}

const utcStamp = (date: Date) =>
  date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '')

/** The fields that help at the review, in the order the record gives them. */
const DESCRIPTION_FIELDS = [
  'treatmentDate',
  'clinicPhone',
  'practitionerName',
  'productName',
  'batchNumber',
  'areasTreated',
  'dose',
] as const

/**
 * An all-day event on the review date, with a reminder the day before, in the words and dates of
 * the page's edition (its file name is `messages.calendarFileName`). Null when there is no
 * review date, or when it is before the treatment date (the page points that out instead).
 * `uid` and `now` come from the caller, so the same input always gives the same file.
 */
export function reviewCalendarFile(
  record: TreatmentRecord,
  { uid, now, messages, locale }: { uid: string; now: Date; messages: TreatmentRecordMessages; locale: Locale },
): string | null {
  const review = record.reviewDate
  if (!review || !isRealDate(review)) return null
  if (record.treatmentDate && review < record.treatmentDate) return null
  const description = DESCRIPTION_FIELDS.flatMap((id) => {
    const field = RECORD_FIELDS.find((candidate) => candidate.id === id)!
    const value = displayValue(field, record[id], messages, locale)
    return value ? [`${fieldLabel(field, messages)}: ${value}`] : []
  }).join('\n')
  const location = [record.clinicName, record.clinicAddress].filter(Boolean).join(', ')
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Botox Risks Explained//My treatment record//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${escapeText(uid)}`,
    `DTSTAMP:${utcStamp(now)}`,
    `DTSTART;VALUE=DATE:${basicDate(review)}`,
    `DTEND;VALUE=DATE:${basicDate(nextDay(review))}`,
    `SUMMARY:${escapeText(record.clinicName ? format(messages.calendarEventTitleWithClinic, { clinic: record.clinicName }) : messages.calendarEventTitle)}`,
    ...(location ? [`LOCATION:${escapeText(location)}`] : []),
    ...(description ? [`DESCRIPTION:${escapeText(description)}`] : []),
    'TRANSP:TRANSPARENT',
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    'TRIGGER:-P1D',
    `DESCRIPTION:${escapeText(messages.calendarEventTitle)}`,
    'END:VALARM',
    'END:VEVENT',
    'END:VCALENDAR',
  ]
  return lines.map(foldLine).join('\r\n') + '\r\n'
}
