import { useEffect, useState } from 'react'
import { secondaryButton } from '@/components/button-styles'
import type { CareLevelMessages } from '@/components/mdx/messages'
import { useCopyText, useExternalValue } from '@/lib/browser/hooks'
import { SelectedText } from '@/lib/browser/SelectedText'
import { readStored, STORAGE_KEYS, subscribeToStorage } from '@/lib/browser/storage'
import { localePath, type Locale } from '@/lib/i18n/locales'
import { TREATMENT_RECORD_PAGE } from '@/lib/site/routes'
import { reasonLine, summaryParts, summaryText, type TriageModel } from '@/tools/symptom-guide/logic'
import type { SummaryRecordMessages } from '@/tools/treatment-record/messages'
import type { SymptomGuideMessages } from './messages'

type GuideSummaryProps = {
  model: TriageModel
  signs: readonly string[]
  timeframe?: string
  modifiers: readonly string[]
  /** When the answer was made, in the reader's local time. */
  madeAt: string
  /** Also says the copy message in the guide's one live region, so that it is read out. */
  onMessage?: (message: string) => void
  /** The page's edition: the record page's link goes to its twin, and a saved record's dates are written its way. */
  locale: Locale
  messages: SymptomGuideMessages
  /** The treatment record's words for the summary: its page's title, and its fields' labels when a saved record is added. */
  recordMessages: SummaryRecordMessages
  /** The care cards' level words, for the summary's "Level". */
  careLevelMessages: CareLevelMessages
}

const readRecord = () => readStored(STORAGE_KEYS.treatmentRecord)
type SummaryRecordComponent = (typeof import('@/tools/treatment-record/SummaryRecord'))['SummaryRecord']

/**
 * "Show this to a nurse or doctor": what the reader chose and the answer, in
 * plain words, to print on one page (globals.css prints only this box while it
 * is on the page) or to copy as text. Nothing is sent or stored. A reader who
 * keeps a treatment record in this browser may add it (only when they tick to).
 */
export function GuideSummary({
  model,
  signs,
  timeframe,
  modifiers,
  madeAt,
  onMessage,
  locale,
  messages,
  recordMessages,
  careLevelMessages,
}: GuideSummaryProps) {
  const t = messages
  const [message, setMessage] = useState('')
  const { copy, fallbackText } = useCopyText()
  const storedRecord = useExternalValue(subscribeToStorage, readRecord, null)
  const [SummaryRecord, setSummaryRecord] = useState<SummaryRecordComponent | null>(null)
  const [recordText, setRecordText] = useState<string | null>(null)
  useEffect(() => {
    // The record's part (its fields, checks and wording) is fetched from this site only when a record is saved in this
    // browser: most readers of the guide have none, and the guide's page stays within its JavaScript budget.
    if (storedRecord !== null && SummaryRecord === null)
      void import('@/tools/treatment-record/SummaryRecord').then((module) => setSummaryRecord(() => module.SummaryRecord))
  }, [storedRecord, SummaryRecord])
  // One sentence with the link inside it, wherever the edition puts it: the text on each side is one run, or none.
  const [beforeLink = '', afterLink = ''] = t.recordInvitation.split('{link}')
  const recordLink = (
    <p className="no-print mt-3 mb-0 text-[0.95rem]">
      {beforeLink || null}
      <a href={localePath(locale, TREATMENT_RECORD_PAGE.path)} className="text-brand-dark underline">
        {recordMessages.pageTitle}
      </a>
      {afterLink || null}
    </p>
  )
  const input = { signs, timeframe, modifiers, madeAt }
  const parts = summaryParts(model, input, t, careLevelMessages)
  if (!parts) return null
  const { answer } = parts

  const copySummary = async () => {
    const copied = await copy(summaryText(model, input, t, careLevelMessages) + (recordText ? `\n${recordText}` : ''))
    const next = copied ? t.copied : t.copyFailed
    setMessage(next)
    onMessage?.(next)
  }

  return (
    <section
      aria-labelledby="guide-summary-heading"
      className="guide-summary mt-6 rounded-md border-2 border-line p-4"
      data-level={answer.level}
    >
      <h3 id="guide-summary-heading" className="m-0 text-xl font-bold">
        {t.summaryHeading}
      </h3>
      <p className="no-print mt-1 text-[0.95rem]">{t.summaryIntro}</p>
      <div className="mt-3">
        <p className="m-0 font-bold">{t.summaryTitle}</p>
        <dl className="mt-2 space-y-1">
          <div>
            <dt className="inline font-semibold">{`${t.madeLabel} `}</dt>
            <dd className="inline">{parts.madeAt}</dd>
          </div>
          <div>
            <dt className="inline font-semibold">{`${t.whenLabel} `}</dt>
            <dd className="inline">{parts.when}</dd>
          </div>
          {parts.modifiers.map((modifier) => (
            <div key={modifier.label}>
              <dt className="inline font-semibold">{`${modifier.label}: `}</dt>
              <dd className="inline">{modifier.chosen ? t.yes : t.no}</dd>
            </div>
          ))}
          <div>
            <dt className="font-semibold">{t.signsLabel}</dt>
            <dd>
              <ul className="list-disc pl-6">
                {parts.signs.map((label) => (
                  <li key={label}>{label}</li>
                ))}
              </ul>
            </dd>
          </div>
          <div>
            <dt className="inline font-semibold">{`${t.levelLabel} `}</dt>
            <dd className="inline">{parts.level}</dd>
          </div>
          <div>
            <dt className="inline font-semibold">{`${t.whatToDoLabel} `}</dt>
            <dd className="inline">{answer.actionTitle}</dd>
          </div>
          <div>
            <dt className="font-semibold">{t.whyLabel}</dt>
            <dd>
              <ul className="list-disc pl-6">
                {answer.reasons.map((reason) => (
                  <li key={`${reason.kind}-${reason.id}-${reason.signs.join('+')}`}>{reasonLine(reason)}</li>
                ))}
              </ul>
            </dd>
          </div>
          {answer.alsoNoted.length > 0 ? (
            <div>
              <dt className="font-semibold">{t.alsoTickedLabel}</dt>
              <dd>
                <ul className="list-disc pl-6">
                  {answer.alsoNoted.map((item) => (
                    <li key={item.id}>{item.title}</li>
                  ))}
                </ul>
              </dd>
            </div>
          ) : null}
        </dl>
        {storedRecord !== null && SummaryRecord ? (
          <SummaryRecord saved={storedRecord} fallback={recordLink} onText={setRecordText} locale={locale} messages={recordMessages} />
        ) : (
          recordLink
        )}
        <p className="mt-2 mb-0 text-sm">{t.disclaimer}</p>
      </div>
      <div className="no-print mt-3 flex flex-wrap gap-3">
        <button type="button" className={secondaryButton} onClick={() => window.print()}>
          {t.printSummary}
        </button>
        <button type="button" className={secondaryButton} onClick={copySummary}>
          {t.copyAsText}
        </button>
      </div>
      <p className="no-print mt-2 mb-0 min-h-6" data-part="copy-message">
        {message || null}
      </p>
      {fallbackText !== null ? <SelectedText label={t.summaryAsText} text={fallbackText} rows={10} /> : null}
    </section>
  )
}
