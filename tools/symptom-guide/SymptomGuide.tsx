import { useState } from 'react'
import { assess, type Finding, type SymptomGuideData } from '@/tools/symptom-guide/logic'
import { CareCard } from '@/components/mdx/CareCard'
import { referenceId } from '@/components/mdx/CitationMarker'

export type SymptomGuideProps = {
  guide: SymptomGuideData
  /** Reference numbers on this page, so the answer can point at its sources. */
  referenceNumbers: Record<string, number>
}

function Sources({ keys, numbers }: { keys: readonly string[]; numbers: Record<string, number> }) {
  const known = keys.filter((key) => numbers[key] !== undefined)
  if (known.length === 0) return null
  return (
    <p className="text-sm">
      {'Sources: '}
      {known.map((key, index) => (
        <span key={key}>
          {index > 0 ? ', ' : ''}
          <a href={`#${referenceId(key)}`} className="text-brand-dark underline">
            {`reference ${numbers[key]}`}
          </a>
        </span>
      ))}
    </p>
  )
}

function FindingItem({ finding }: { finding: Finding }) {
  return (
    <li>
      <strong>{`${finding.label}.`}</strong>
      {` ${finding.reason} ${finding.settles} ${finding.watchFor}`}
    </li>
  )
}

/**
 * Runs of text are single strings throughout the islands: text split around
 * {' '} would be several nodes for Preact but one in the parsed HTML, and
 * hydration would have to rewrite it (islands/island-examples.preact.test.tsx).
 *
 * "Is this normal after Botox?": the reader ticks what they notice and when they
 * were treated, and sees the most serious advice that applies. Everything
 * happens in this component's state: nothing is sent, stored or logged.
 */
export function SymptomGuide({ guide, referenceNumbers }: SymptomGuideProps) {
  const [chosen, setChosen] = useState<string[]>([])
  const [timeframe, setTimeframe] = useState<string | undefined>(undefined)
  // One guide per page: fixed ids keep the server's HTML and the hydrated island identical.
  const id = 'symptom-guide'
  const answer = assess(guide, chosen, timeframe)
  const toggle = (symptomId: string, checked: boolean) =>
    setChosen((current) => (checked ? [...current, symptomId] : current.filter((item) => item !== symptomId)))

  return (
    <section aria-labelledby={`${id}-heading`} className="js-only symptom-guide my-6 rounded-md border-2 border-brand p-4">
      <h2 id={`${id}-heading`} className="m-0 text-2xl font-bold">
        Check what you notice
      </h2>
      <form className="mt-4" onSubmit={(event) => event.preventDefault()}>
        <fieldset>
          <legend className="text-lg font-bold">When did you have your treatment?</legend>
          <div className="mt-2 flex flex-wrap gap-x-4 gap-y-1">
            {guide.timeframes.map((option) => (
              <label key={option.id} className="flex min-h-11 cursor-pointer items-center gap-2">
                <input
                  type="radio"
                  name="timeframe"
                  value={option.id}
                  checked={timeframe === option.id}
                  onChange={() => setTimeframe(option.id)}
                  className="size-6 accent-brand"
                />
                {option.label}
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset className="mt-4">
          <legend className="text-lg font-bold">What do you notice? Tick all that apply.</legend>
          <ul className="mt-2 space-y-1">
            {guide.symptoms.map((symptom) => {
              const checked = chosen.includes(symptom.id)
              return (
                <li key={symptom.id}>
                  <label className="flex min-h-11 cursor-pointer items-center gap-3">
                    <input
                      type="checkbox"
                      name="symptom"
                      value={symptom.id}
                      checked={checked}
                      onChange={(event) => toggle(symptom.id, event.target.checked)}
                      className="size-6 shrink-0 accent-brand"
                    />
                    {symptom.label}
                  </label>
                  {checked && symptom.level === 'emergency' ? (
                    <p className="mt-0 mb-2 ml-9 rounded bg-care-emergency px-3 py-2 font-bold text-white">
                      <span className="sr-only">Emergency advice: </span>
                      {guide.levels.emergency.title}.
                    </p>
                  ) : null}
                </li>
              )
            })}
          </ul>
        </fieldset>
      </form>
      <div role="status" aria-live="polite" aria-atomic="true" id={`${id}-result`} className="mt-4" data-level={answer?.level ?? 'none'}>
        {answer === null ? (
          <p className="m-0 rounded bg-paper-tint px-4 py-3">
            Tick what you notice to see what to do. Nothing you choose leaves this page.
          </p>
        ) : (
          <CareCard level={answer.level} title={guide.levels[answer.level].title} headingLevel={3}>
            <p>{guide.levels[answer.level].advice}</p>
            <p className="font-semibold">{answer.findings.length > 1 ? 'Because you ticked:' : 'Because you ticked this:'}</p>
            <ul className="list-disc pl-6">
              {answer.findings.map((finding) => (
                <FindingItem key={finding.label} finding={finding} />
              ))}
            </ul>
            {answer.alsoNoted.length > 0 ? (
              <>
                <p className="font-semibold">You also ticked:</p>
                <ul className="list-disc pl-6">
                  {answer.alsoNoted.map((finding) => (
                    <FindingItem key={finding.label} finding={finding} />
                  ))}
                </ul>
              </>
            ) : null}
            <p>
              <strong>{answer.level === 'emergency' ? 'Do not wait:' : 'What would make it more serious:'}</strong>
              {` ${answer.moreSerious}`}
            </p>
            <Sources keys={answer.sources} numbers={referenceNumbers} />
          </CareCard>
        )}
      </div>
    </section>
  )
}
