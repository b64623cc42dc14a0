import { useState } from 'react'
import { secondaryButton } from '@/components/button-styles'
import { CareCardFrame } from '@/components/mdx/CareCardFrame'
import { referenceId } from '@/components/mdx/CitationMarker'
import type { CareLevelMessages } from '@/components/mdx/messages'
import { LOCALE_SETTINGS, type Locale } from '@/lib/i18n/locales'
import { format } from '@/lib/i18n/messages'
import { announcement, answerView, signsByGroup, type TriageModel } from '@/tools/symptom-guide/logic'
import type { SummaryRecordMessages } from '@/tools/treatment-record/messages'
import { GuideSummary } from './GuideSummary'
import type { SymptomGuideMessages } from './messages'

export type SymptomGuideProps = {
  /**
   * The triage model (content/triage/model.json), checked at build time: the one source of every level and action.
   * In the page's edition: its regions and steps, and its words.
   */
  model: TriageModel
  /** Reference numbers on this page, so the answer can point at its sources. */
  referenceNumbers: Record<string, number>
  /** The page's edition: its links, and how the summary writes the time it was made. */
  locale: Locale
  /** The page's edition of symptomGuideMessages (index.tsx passes it): the island carries no catalogue. */
  messages: SymptomGuideMessages
  /** The words the summary needs to add a saved treatment record (summaryRecordMessages, index.tsx passes them). */
  recordMessages: SummaryRecordMessages
  /** The care cards' level words in the page's edition (pickCareLevelMessages, index.tsx passes them). */
  careLevelMessages: CareLevelMessages
}

function Sources({
  keys,
  numbers,
  messages,
}: {
  keys: readonly string[]
  numbers: Record<string, number>
  messages: SymptomGuideMessages
}) {
  const known = keys.filter((key) => numbers[key] !== undefined).sort((a, b) => (numbers[a] ?? 0) - (numbers[b] ?? 0))
  if (known.length === 0) return null
  return (
    <p className="text-sm">
      {`${messages.sourcesLabel} `}
      {known.map((key, index) => (
        <span key={key}>
          {index > 0 ? ', ' : ''}
          <a href={`#${referenceId(key)}`} className="text-brand-dark underline">
            {format(messages.reference, { number: numbers[key] ?? '' })}
          </a>
        </span>
      ))}
    </p>
  )
}

/**
 * Local time, written the page's edition's way; read only in an event handler: the server's HTML never holds an
 * answer, so hydration is unaffected.
 */
function localTime(locale: Locale): string {
  return new Date().toLocaleString(LOCALE_SETTINGS[locale].intl, { dateStyle: 'long', timeStyle: 'short' })
}

/**
 * Runs of text are single strings throughout the islands: text split around
 * {' '} would be several nodes for Preact but one in the parsed HTML, and
 * hydration would have to rewrite it (islands/island-examples.preact.test.tsx).
 *
 * "Is this normal after Botox?": the reader says when the treatment was, ticks
 * what they notice (and whether they were treated outside a clinic), and sees
 * the triage engine's answer. Everything happens in this component's state:
 * nothing is sent, stored or logged.
 */
export function SymptomGuide({ model, referenceNumbers, locale, messages, recordMessages, careLevelMessages }: SymptomGuideProps) {
  const t = messages
  const [signs, setSigns] = useState<string[]>([])
  // null: nothing chosen yet; '': "I am not sure" (the engine then takes the most cautious reading).
  const [timeframeChoice, setTimeframeChoice] = useState<string | null>(null)
  const timeframe = timeframeChoice || undefined
  const [modifiers, setModifiers] = useState<string[]>([])
  const [madeAt, setMadeAt] = useState('')
  // A message for the live region after a copy; cleared by any new choice, so the next answer is read out instead.
  const [notice, setNotice] = useState('')
  // One guide per page: fixed ids keep the server's HTML and the hydrated island identical.
  const id = 'symptom-guide'
  const answer = answerView(model, { signs, timeframe, modifiers })
  const emergencySigns = new Set(answer?.level === 'emergency' ? answer.reasons.flatMap((reason) => reason.signs) : [])
  const changed = () => {
    setMadeAt(localTime(locale))
    setNotice('')
  }
  const toggle = (list: string[], value: string, checked: boolean) =>
    checked ? [...list.filter((item) => item !== value), value] : list.filter((item) => item !== value)
  const reset = () => {
    setSigns([])
    setTimeframeChoice(null)
    setModifiers([])
    setMadeAt('')
    setNotice('')
  }

  return (
    <section aria-labelledby={`${id}-heading`} className="js-only symptom-guide my-6 rounded-md border-2 border-brand p-4">
      <h2 id={`${id}-heading`} className="m-0 text-2xl font-bold">
        {t.heading}
      </h2>
      <form className="no-print mt-4" onSubmit={(event) => event.preventDefault()}>
        <fieldset>
          <legend className="text-lg font-bold">{t.whenLegend}</legend>
          <div className="mt-2 flex flex-wrap gap-x-4 gap-y-1">
            {[...model.timeframes.map((option) => ({ value: option.id, label: option.label })), { value: '', label: t.notSureOption }].map(
              (option) => (
                <label key={option.value} className="flex min-h-11 cursor-pointer items-center gap-2">
                  <input
                    type="radio"
                    name="timeframe"
                    value={option.value}
                    checked={timeframeChoice === option.value}
                    onChange={() => {
                      setTimeframeChoice(option.value)
                      changed()
                    }}
                    className="size-6 shrink-0 accent-brand"
                  />
                  {option.label}
                </label>
              ),
            )}
          </div>
        </fieldset>
        <fieldset className="mt-4">
          <legend className="text-lg font-bold">{t.whereLegend}</legend>
          <ul className="mt-2 space-y-1">
            {model.modifiers.map((modifier) => (
              <li key={modifier.id}>
                <label className="flex min-h-11 cursor-pointer items-center gap-3">
                  <input
                    type="checkbox"
                    name="modifier"
                    value={modifier.id}
                    checked={modifiers.includes(modifier.id)}
                    onChange={(event) => {
                      setModifiers((current) => toggle(current, modifier.id, event.target.checked))
                      changed()
                    }}
                    className="size-6 shrink-0 accent-brand"
                  />
                  {modifier.label}
                </label>
                {modifier.about ? <p className="mt-0 mb-2 ml-9 text-[0.95rem] text-ink-muted">{modifier.about}</p> : null}
              </li>
            ))}
          </ul>
        </fieldset>
        <fieldset className="mt-4">
          <legend className="text-lg font-bold">{t.signsLegend}</legend>
          {signsByGroup(model, modifiers).map((group) => (
            <div key={group.id} className="mt-3">
              <h3 className="m-0 text-base font-bold">{group.label}</h3>
              <ul className="mt-1 space-y-1">
                {group.signs.map((sign) => (
                  <li key={sign.id}>
                    <label className="flex min-h-11 cursor-pointer items-center gap-3">
                      <input
                        type="checkbox"
                        name="sign"
                        value={sign.id}
                        checked={signs.includes(sign.id)}
                        onChange={(event) => {
                          setSigns((current) => toggle(current, sign.id, event.target.checked))
                          changed()
                        }}
                        className="size-6 shrink-0 accent-brand"
                      />
                      {sign.label}
                    </label>
                    {emergencySigns.has(sign.id) && answer ? (
                      <p className="mt-0 mb-2 ml-9 rounded bg-care-emergency px-3 py-2 font-bold text-white">
                        <a href={`#${id}-result`} className="text-white underline">
                          {format(t.emergencyJump, { action: answer.actionTitle })}
                        </a>
                      </p>
                    ) : null}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </fieldset>
        <p className="mt-4 mb-0">
          <button type="button" className={secondaryButton} onClick={reset}>
            {t.startAgain}
          </button>
        </p>
      </form>
      <div id={`${id}-result`} className="mt-4" data-level={answer?.level ?? 'none'} data-action={answer?.action ?? 'none'} tabIndex={-1}>
        {/* The one live region: it changes only when the level or the action does, so each answer is announced once. */}
        <p role="status" aria-live="polite" aria-atomic="true" className="sr-only">
          {notice || announcement(answer, t, careLevelMessages) || null}
        </p>
        {answer === null ? (
          <p className="no-print m-0 rounded bg-paper-tint px-4 py-3">{t.prompt}</p>
        ) : (
          <div className="no-print">
            <CareCardFrame level={answer.level} heading={answer.actionTitle} headingLevel={3} messages={careLevelMessages}>
              <ul className="list-disc pl-6" data-part="steps">
                {answer.steps.map((step) => (
                  <li key={step}>{step}</li>
                ))}
              </ul>
              <p className="font-semibold">{answer.reasons.length > 1 ? t.becauseMany : t.becauseOne}</p>
              <ul className="list-disc pl-6" data-part="reasons">
                {answer.reasons.map((reason) => (
                  <li key={`${reason.kind}-${reason.id}-${reason.signs.join('+')}`} data-reason={reason.id}>
                    <strong>{reason.title}</strong>
                    {reason.sentences.length > 0 ? ` ${reason.sentences.join(' ')}` : null}
                  </li>
                ))}
              </ul>
              {answer.alsoNoted.length > 0 ? (
                <>
                  <p className="font-semibold">{t.alsoTicked}</p>
                  <ul className="list-disc pl-6" data-part="also-noted">
                    {answer.alsoNoted.map((item) => (
                      <li key={item.id}>
                        <strong>{item.title}</strong>
                        {item.about ? ` ${item.about}` : null}
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
              <p className="font-semibold">{answer.level === 'emergency' ? t.doNotWait : t.ifWorse}</p>
              <ul className="list-disc pl-6" data-part="safety-net">
                {answer.safetyNet.map((sentence) => (
                  <li key={sentence}>{sentence}</li>
                ))}
              </ul>
              <Sources keys={answer.sources} numbers={referenceNumbers} messages={t} />
            </CareCardFrame>
          </div>
        )}
        {answer !== null ? (
          <GuideSummary
            model={model}
            signs={signs}
            timeframe={timeframe}
            modifiers={modifiers}
            madeAt={madeAt}
            onMessage={setNotice}
            locale={locale}
            messages={t}
            recordMessages={recordMessages}
            careLevelMessages={careLevelMessages}
          />
        ) : null}
      </div>
    </section>
  )
}
