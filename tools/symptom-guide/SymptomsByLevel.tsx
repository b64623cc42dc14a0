import { CareCardFrame } from '@/components/mdx/CareCardFrame'
import { mdxMessages, pickCareLevelMessages } from '@/components/mdx/messages'
import type { Locale } from '@/lib/i18n/locales'
import { staticLists, type TriageModel } from '@/tools/symptom-guide/logic'
import { symptomGuideMessages } from './messages'

type SymptomsByLevelProps = {
  /** The triage model in the page's edition, as the guide gets it. */
  model: TriageModel
  /** The page's edition: the lists' own words (the model's are already in it). */
  locale: Locale
}

/**
 * Everything the guide knows, by level, most serious first, as plain lists:
 * the whole guide, with or without JavaScript. Each level lists its signs on
 * their own, the combinations that reach it, the time rules that raise a sign
 * to it and the modifier's rule. Every item carries data-level and data-signs
 * (a sign or combination id), with data-timeframe for a time rule and
 * data-modifiers for the modifier's signs, so that a check over the built site
 * (lib/triage/consistency.ts) reads each item as an exact claim.
 */
export function SymptomsByLevel({ model, locale }: SymptomsByLevelProps) {
  const t = symptomGuideMessages[locale]
  const levels = pickCareLevelMessages(mdxMessages[locale])
  return (
    <>
      {staticLists(model).map((list) => (
        <CareCardFrame key={list.level} level={list.level} heading={list.actionTitle} headingLevel={3} messages={levels}>
          <ul className="list-disc pl-6" data-part="steps">
            {list.steps.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ul>
          {list.signs.length > 0 ? (
            <>
              <p className="font-semibold">{t.byLevelSigns}</p>
              <ul className="list-disc pl-6">
                {list.signs.map((sign) => (
                  <li key={sign.id} data-level={list.level} data-signs={sign.id}>
                    <strong>{sign.label}</strong>
                    {[sign.about, sign.advice].filter(Boolean).length > 0
                      ? ` ${[sign.about, sign.advice].filter(Boolean).join(' ')}`
                      : null}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {list.combinations.length > 0 ? (
            <>
              <p className="font-semibold">{t.byLevelCombinations}</p>
              <ul className="list-disc pl-6">
                {list.combinations.map((combination) => (
                  <li key={combination.id} data-level={list.level} data-signs={combination.id} data-combination={combination.id}>
                    <strong>{combination.label}</strong>
                    {` ${combination.reason}`}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {list.timeRules.length > 0 ? (
            <>
              <p className="font-semibold">{t.byLevelTimeRules}</p>
              <ul className="list-disc pl-6">
                {list.timeRules.map((rule) => (
                  <li key={rule.id} data-level={list.level} data-signs={rule.sign} data-timeframe={rule.from} data-time-rule={rule.id}>
                    <strong>{rule.label}</strong>
                    {` ${rule.reason}`}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {list.modifiers.map((modifier) => (
            <div key={modifier.id} data-modifier={modifier.id}>
              <p className="font-semibold">{modifier.label}</p>
              {modifier.about ? <p>{modifier.about}</p> : null}
              <p>{modifier.reason}</p>
              <ul className="list-disc pl-6">
                {modifier.signs.map((sign) => (
                  <li key={sign.id} data-level={list.level} data-signs={sign.id} data-modifiers={modifier.id} data-modifier={modifier.id}>
                    {sign.label}
                  </li>
                ))}
              </ul>
              <p className="font-semibold">{modifier.actionTitle}</p>
              <ul className="list-disc pl-6">
                {modifier.steps.map((step) => (
                  <li key={step}>{step}</li>
                ))}
              </ul>
            </div>
          ))}
        </CareCardFrame>
      ))}
    </>
  )
}
