import { useState } from 'react'
import { secondaryButton } from '@/components/button-styles'
import { useCopyText, useExternalValue } from '@/lib/browser/hooks'
import { SelectedText } from '@/lib/browser/SelectedText'
import { readStored, subscribeToStorage, writeStored } from '@/lib/browser/storage'
import { CALENDAR_FILE_NAME, reviewCalendarFile } from './calendar'
import {
  DATE_RANGE,
  parseSavedRecord,
  RECORD_GROUPS,
  RECORD_STORAGE_KEY,
  recordAsText,
  recordProblems,
  serializeRecord,
  withField,
  type FieldId,
  type RecordField,
  type TreatmentRecord as RecordValues,
} from './logic'
import { RecordCard, RecordSheet } from './RecordCard'

export type TreatmentRecordProps = {
  title: string
  /** The reporting page's full address, printed on the back of the card. */
  reportUrl: string
}

const readRecord = () => readStored(RECORD_STORAGE_KEY)
const fieldId = (id: FieldId) => `record-${id}`

/** What a print gives: the wallet card unless the reader asked for the full page (globals.css reads this attribute). */
function printAs(mode: 'card' | 'full') {
  const root = document.documentElement
  root.dataset.printRecord = mode
  window.addEventListener('afterprint', () => delete root.dataset.printRecord, { once: true })
  window.print()
}

/** A random id for the calendar event: getRandomValues works on plain http too, unlike randomUUID. */
function eventUid(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  return `${Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')}@treatment-record`
}

function download(text: string, fileName: string, type: string) {
  // A blob: address is made and read inside this browser; nothing is requested from any server.
  const url = URL.createObjectURL(new Blob([text], { type }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

type FieldProps = { field: RecordField; value: string; problem?: string; onValue: (value: string) => void }

function RecordInput({ field, value, problem, onValue }: FieldProps) {
  const id = fieldId(field.id as FieldId)
  const describedBy = [`${id}-hint`, ...(problem ? [`${id}-problem`] : [])].join(' ')
  const hint = (
    <p id={`${id}-hint`} className="m-0 text-[0.95rem] text-ink-muted">
      {field.hint}
    </p>
  )
  const problemText = problem ? (
    <p id={`${id}-problem`} className="m-0 mt-1 font-semibold text-care-urgent">
      {`Check this date: ${problem}`}
    </p>
  ) : null
  if (field.kind === 'choice') {
    return (
      <fieldset className="record-field mt-4" aria-describedby={describedBy}>
        <legend className="font-semibold">{field.label}</legend>
        {hint}
        <div className="mt-2 flex flex-wrap gap-x-6 gap-y-2">
          {field.options.map((option) => (
            <div key={option.value} className="flex items-center gap-2">
              <input
                id={`${id}-${option.value}`}
                type="radio"
                name={id}
                value={option.value}
                checked={value === option.value}
                onChange={() => onValue(option.value)}
                className="size-6 accent-brand"
              />
              <label htmlFor={`${id}-${option.value}`}>{option.label}</label>
            </div>
          ))}
        </div>
      </fieldset>
    )
  }
  const common = {
    id,
    value,
    'aria-describedby': describedBy,
    'aria-invalid': problem ? true : undefined,
    className: 'mt-1 block min-h-11 w-full rounded border-2 border-ink-muted px-2 py-1',
  }
  return (
    <div className="record-field mt-4">
      <label htmlFor={id} className="block font-semibold">
        {field.label}
      </label>
      {hint}
      {field.kind === 'long-text' ? (
        <textarea
          {...common}
          rows={field.id === 'notes' ? 5 : 3}
          maxLength={field.maxLength}
          onChange={(event) => onValue(event.currentTarget.value)}
        />
      ) : field.kind === 'date' ? (
        <input {...common} type="date" min={DATE_RANGE.min} max={DATE_RANGE.max} onChange={(event) => onValue(event.currentTarget.value)} />
      ) : (
        <input
          {...common}
          type={field.kind === 'phone' ? 'tel' : 'text'}
          maxLength={field.maxLength}
          onChange={(event) => onValue(event.currentTarget.value)}
        />
      )}
      {problemText}
    </div>
  )
}

/**
 * "My treatment record": the details of one treatment, kept in this browser only (one
 * storage key), to print as a wallet card or a full page, copy as text, or turn into a
 * calendar file for the follow-up review. Nothing is sent anywhere. Without JavaScript
 * the form is hidden and the card prints blank, to fill in by hand.
 */
export function TreatmentRecord({ title, reportUrl }: TreatmentRecordProps) {
  // The static HTML (and the render that hydrates it) holds an empty record; the saved one arrives straight after.
  const saved = parseSavedRecord(useExternalValue(subscribeToStorage, readRecord, null))
  const record: RecordValues = saved.state === 'saved' ? saved.record : {}
  const problems = new Map(recordProblems(record).map((problem) => [problem.field, problem.message]))
  const [message, setMessage] = useState('')
  const { copy, fallbackText } = useCopyText()

  const setField = (id: FieldId, value: string) => writeStored(RECORD_STORAGE_KEY, serializeRecord(withField(record, id, value)))

  const copyRecord = async () => {
    const copied = await copy(recordAsText(record, title))
    setMessage(
      copied
        ? 'Record copied. You can paste it into a message or a note.'
        : 'Your browser did not allow copying. The text is shown below: select it and copy it.',
    )
  }

  const addToCalendar = () => {
    const file = reviewCalendarFile(record, { uid: eventUid(), now: new Date() })
    if (file) {
      download(file, CALENDAR_FILE_NAME, 'text/calendar;charset=utf-8')
      setMessage(`Calendar file downloaded: ${CALENDAR_FILE_NAME}. Open it to add the review to your calendar.`)
    } else if (problems.has('reviewDate')) {
      setMessage('The review date is before the date of treatment. Check both dates first.')
    } else {
      setMessage('Add a follow-up review date first.')
    }
  }

  const clear = () => {
    if (!window.confirm('Clear this record from this browser? This cannot be undone.')) return
    writeStored(RECORD_STORAGE_KEY, null)
    setMessage('Record cleared. Nothing about it is kept in this browser.')
  }

  return (
    <div className="treatment-record">
      <div className="js-only no-print">
        {saved.state === 'unreadable' ? (
          <div role="alert" className="mt-4 rounded-md border-2 border-care-urgent p-4">
            <h2 className="m-0 text-xl font-bold">We could not read the record saved in this browser</h2>
            <p className="mt-2 mb-0">
              It may be damaged, or saved by an older version of this page. It is not shown, so nothing wrong is printed or copied. Start a
              new record, or type into the form below to replace it.
            </p>
            <button
              type="button"
              className={`${secondaryButton} mt-3`}
              onClick={() => {
                writeStored(RECORD_STORAGE_KEY, null)
                setMessage('Started a new, empty record.')
              }}
            >
              Start a new record
            </button>
          </div>
        ) : null}
        <form onSubmit={(event) => event.preventDefault()} autoComplete="off" className="record-form">
          {RECORD_GROUPS.map((group) => (
            <fieldset key={group.id} className="mt-6">
              <legend className="text-xl font-bold">{group.title}</legend>
              {group.fields.map((field) => (
                <RecordInput
                  key={field.id}
                  field={field}
                  value={record[field.id as FieldId] ?? ''}
                  problem={problems.get(field.id as FieldId)}
                  onValue={(value) => setField(field.id as FieldId, value)}
                />
              ))}
            </fieldset>
          ))}
        </form>
        <h2 className="mt-8 text-2xl font-bold">Print, copy or save it</h2>
        <p className="mt-2">
          Your record is saved in this browser only, as you type. It is not sent anywhere. The calendar file holds the review date, the
          clinic and the product; a calendar that syncs online will copy it to your account.
        </p>
        <div className="mt-3 flex flex-wrap gap-3">
          <button type="button" className={secondaryButton} onClick={() => printAs('card')}>
            Print the wallet card
          </button>
          <button type="button" className={secondaryButton} onClick={() => printAs('full')}>
            Print the full record
          </button>
          <button type="button" className={secondaryButton} onClick={copyRecord}>
            Copy as text
          </button>
          <button type="button" className={secondaryButton} onClick={addToCalendar}>
            Add my follow-up review to my calendar
          </button>
          <button type="button" className={secondaryButton} onClick={clear}>
            Clear this record
          </button>
        </div>
        <p role="status" className="mt-2 mb-0 min-h-6">
          {message || null}
        </p>
        {fallbackText !== null ? <SelectedText label="Record as text" text={fallbackText} rows={10} /> : null}
      </div>
      <RecordCard record={record} title={title} reportUrl={reportUrl} />
      <RecordSheet record={record} title={title} />
    </div>
  )
}
