import { useEffect, useState, type ReactNode } from 'react'
import type { Locale } from '@/lib/i18n/locales'
import { filledFields, parseSavedRecord, recordAsText } from './logic'
import type { SummaryRecordMessages } from './messages'

type SummaryRecordProps = {
  /** The record as saved in this browser. */
  saved: string
  /** Shown instead when the saved record is empty or cannot be read. */
  fallback: ReactNode
  /** The record as text while the reader has added it to the summary, else null. */
  onText: (text: string | null) => void
  /** The guide page's edition, for dates. */
  locale: Locale
  /** The summary's part of the page's edition of the record's messages (summaryRecordMessages in messages.ts). */
  messages: SummaryRecordMessages
}

/**
 * The symptom guide's summary, with the reader's treatment record added when they tick to.
 * GuideSummary loads this module only when a record is saved in this browser, so the guide's
 * own page does not carry the record's fields and wording.
 */
export function SummaryRecord({ saved, fallback, onText, locale, messages }: SummaryRecordProps) {
  const [added, setAdded] = useState(false)
  const parsed = parseSavedRecord(saved)
  const text = parsed.state === 'saved' ? recordAsText(parsed.record, messages.pageTitle, messages, locale) : null
  // What the summary copies follows the record as it is now: changed or cleared in another tab, the copy changes too.
  useEffect(() => {
    onText(added ? text : null)
    return () => onText(null)
  }, [added, text, onText])
  if (parsed.state !== 'saved') return <>{fallback}</>
  const { record } = parsed
  return (
    <div className="mt-3">
      <div className="no-print flex items-center gap-3">
        <input
          id="guide-summary-add-record"
          type="checkbox"
          checked={added}
          onChange={(event) => setAdded(event.currentTarget.checked)}
          className="size-6 shrink-0 accent-brand"
        />
        <label htmlFor="guide-summary-add-record">{messages.addToSummary}</label>
      </div>
      {added ? (
        <div data-part="treatment-record" className="mt-2">
          <p className="m-0 font-semibold">{`${messages.pageTitle}:`}</p>
          <ul className="list-disc pl-6">
            {filledFields(record, messages, locale).map((field) => (
              <li key={field.id} className="whitespace-pre-wrap">{`${field.label}: ${field.value}`}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  )
}
