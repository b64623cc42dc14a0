import { useState } from 'react'
import { secondaryButton } from '@/components/button-styles'
import { useCopyText, useExternalValue } from '@/lib/browser/hooks'
import { SelectedText } from '@/lib/browser/SelectedText'
import { readStored, subscribeToStorage, writeStored } from '@/lib/browser/storage'
import type { Locale } from '@/lib/i18n/locales'
import { format } from '@/lib/i18n/messages'
import { reviewCalendarFile } from './calendar'
import {
  DATE_RANGE,
  fieldHint,
  fieldLabel,
  groupTitle,
  optionLabel,
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
import type { TreatmentRecordMessages } from './messages'
import { RecordCard, RecordSheet } from './RecordCard'

export type TreatmentRecordProps = {
  /** The page's title, in its edition: the card's, the printed record's and the copied text's first line. */
  title: string
  /** The reporting page's full address in the page's edition, printed on the back of the card. */
  reportUrl: string
  /** The page's edition: dates are written its way. */
  locale: Locale
  /** The page's edition of treatmentRecordMessages (index.tsx passes it): the island carries no catalogue. */
  messages: TreatmentRecordMessages
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

type FieldProps = {
  field: RecordField
  value: string
  problem?: string
  onValue: (value: string) => void
  messages: TreatmentRecordMessages
}

function RecordInput({ field, value, problem, onValue, messages }: FieldProps) {
  const id = fieldId(field.id as FieldId)
  const describedBy = [`${id}-hint`, ...(problem ? [`${id}-problem`] : [])].join(' ')
  const hint = (
    <p id={`${id}-hint`} className="m-0 text-[0.95rem] text-ink-muted">
      {fieldHint(field, messages)}
    </p>
  )
  const problemText = problem ? (
    <p id={`${id}-problem`} className="m-0 mt-1 font-semibold text-care-urgent">
      {format(messages.checkThisDate, { problem })}
    </p>
  ) : null
  if (field.kind === 'choice') {
    return (
      <fieldset className="record-field mt-4" aria-describedby={describedBy}>
        <legend className="font-semibold">{fieldLabel(field, messages)}</legend>
        {hint}
        <div className="mt-2 flex flex-wrap gap-x-6 gap-y-2">
          {field.options.map((option) => (
            <div key={option} className="flex items-center gap-2">
              <input
                id={`${id}-${option}`}
                type="radio"
                name={id}
                value={option}
                checked={value === option}
                onChange={() => onValue(option)}
                className="size-6 accent-brand"
              />
              <label htmlFor={`${id}-${option}`}>{optionLabel(field, option, messages)}</label>
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
        {fieldLabel(field, messages)}
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
export function TreatmentRecord({ title, reportUrl, locale, messages }: TreatmentRecordProps) {
  // The static HTML (and the render that hydrates it) holds an empty record; the saved one arrives straight after.
  const saved = parseSavedRecord(useExternalValue(subscribeToStorage, readRecord, null))
  const record: RecordValues = saved.state === 'saved' ? saved.record : {}
  const problems = new Map(recordProblems(record).map((problem) => [problem.field, messages[problem.message]]))
  const [message, setMessage] = useState('')
  const { copy, fallbackText } = useCopyText()

  const setField = (id: FieldId, value: string) => writeStored(RECORD_STORAGE_KEY, serializeRecord(withField(record, id, value)))

  const copyRecord = async () => {
    const copied = await copy(recordAsText(record, title, messages, locale))
    setMessage(copied ? messages.copied : messages.copyFailed)
  }

  const addToCalendar = () => {
    const file = reviewCalendarFile(record, { uid: eventUid(), now: new Date(), messages, locale })
    if (file) {
      download(file, messages.calendarFileName, 'text/calendar;charset=utf-8')
      setMessage(format(messages.calendarDownloaded, { fileName: messages.calendarFileName }))
    } else if (problems.has('reviewDate')) {
      setMessage(messages.calendarReviewBeforeTreatment)
    } else {
      setMessage(messages.calendarNeedsReviewDate)
    }
  }

  const clear = () => {
    if (!window.confirm(messages.confirmClear)) return
    writeStored(RECORD_STORAGE_KEY, null)
    setMessage(messages.cleared)
  }

  return (
    <div className="treatment-record">
      <div className="js-only no-print">
        {saved.state === 'unreadable' ? (
          <div role="alert" className="mt-4 rounded-md border-2 border-care-urgent p-4">
            <h2 className="m-0 text-xl font-bold">{messages.unreadableHeading}</h2>
            <p className="mt-2 mb-0">{messages.unreadableText}</p>
            <button
              type="button"
              className={`${secondaryButton} mt-3`}
              onClick={() => {
                writeStored(RECORD_STORAGE_KEY, null)
                setMessage(messages.startedNew)
              }}
            >
              {messages.startNew}
            </button>
          </div>
        ) : null}
        <form onSubmit={(event) => event.preventDefault()} autoComplete="off" className="record-form">
          {RECORD_GROUPS.map((group) => (
            <fieldset key={group.id} className="mt-6">
              <legend className="text-xl font-bold">{groupTitle(group, messages)}</legend>
              {group.fields.map((field) => (
                <RecordInput
                  key={field.id}
                  field={field}
                  value={record[field.id as FieldId] ?? ''}
                  problem={problems.get(field.id as FieldId)}
                  onValue={(value) => setField(field.id as FieldId, value)}
                  messages={messages}
                />
              ))}
            </fieldset>
          ))}
        </form>
        <h2 className="mt-8 text-2xl font-bold">{messages.saveHeading}</h2>
        <p className="mt-2">{messages.saveIntro}</p>
        <div className="mt-3 flex flex-wrap gap-3">
          <button type="button" className={secondaryButton} onClick={() => printAs('card')}>
            {messages.printCard}
          </button>
          <button type="button" className={secondaryButton} onClick={() => printAs('full')}>
            {messages.printFull}
          </button>
          <button type="button" className={secondaryButton} onClick={copyRecord}>
            {messages.copyAsText}
          </button>
          <button type="button" className={secondaryButton} onClick={addToCalendar}>
            {messages.addToCalendar}
          </button>
          <button type="button" className={secondaryButton} onClick={clear}>
            {messages.clear}
          </button>
        </div>
        <p role="status" className="mt-2 mb-0 min-h-6">
          {message || null}
        </p>
        {fallbackText !== null ? <SelectedText label={messages.recordAsText} text={fallbackText} rows={10} /> : null}
      </div>
      <RecordCard record={record} title={title} reportUrl={reportUrl} locale={locale} messages={messages} />
      <RecordSheet record={record} title={title} locale={locale} messages={messages} />
    </div>
  )
}
