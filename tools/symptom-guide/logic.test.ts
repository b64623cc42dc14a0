import { describe, expect, it } from 'vitest'
import modelData from '@/content/triage/model.json'
import scenarioData from '@/lib/triage/scenarios.json'
import type { TriageModel } from '@/lib/triage/engine'
import { mdxMessages, pickCareLevelMessages } from '@/components/mdx/messages'
import { catalogueProblems } from '@/lib/i18n/messages'
import { announcement, answerView, guideSources, signsByGroup, staticLists, summaryText } from './logic'
import { symptomGuideMessages } from './messages'

const model = modelData as TriageModel
const en = symptomGuideMessages.en
const levels = pickCareLevelMessages(mdxMessages.en)
const scenarios = scenarioData as {
  id: string
  timeframe?: string
  signs: string[]
  modifiers: string[]
  expect: { level: string; action: string }
}[]
const EMERGENCY_WORDS = /911|999|112/
/** Signs the model offers only with a modifier (offeredWith): without it the page does not offer them, so nothing can be ticked. */
const offeredOnlyWithModifier = (scenario: (typeof scenarios)[number]) =>
  scenario.signs.some((id) =>
    model.signs.find((sign) => sign.id === id)?.offeredWith?.every((modifier) => !scenario.modifiers.includes(modifier)),
  )
const reachable = scenarios.filter((scenario) => !offeredOnlyWithModifier(scenario))

describe('the guide on the triage model', () => {
  it('offers every sign once, under one of its groups, and the modifier-only signs only with the modifier', () => {
    const offered = (modifiers: string[]) => signsByGroup(model, modifiers).flatMap((group) => group.signs.map((sign) => sign.id))
    const withModifier = offered(['outside-clinic'])
    expect(new Set(withModifier).size).toBe(withModifier.length)
    expect(withModifier.sort()).toEqual(model.signs.map((sign) => sign.id).sort())
    expect(offered([])).not.toContain('dry-mouth')
    for (const group of signsByGroup(model, ['outside-clinic'])) for (const sign of group.signs) expect(sign.groups).toContain(group.id)
  })

  it('can enter every scenario but the two that tick a modifier-only sign without the modifier', () => {
    expect(scenarios.filter(offeredOnlyWithModifier).map((scenario) => scenario.id)).toEqual([
      'dry-mouth-licensed-clinic',
      'tiredness-licensed-clinic',
    ])
    for (const scenario of scenarios.filter(offeredOnlyWithModifier)) expect(answerView(model, scenario)).toBeNull()
  })

  it.each(reachable.map((scenario) => [scenario.id, scenario] as const))('%s gives the expected level and action', (_id, scenario) => {
    const answer = answerView(model, scenario)
    expect({ level: answer?.level, action: answer?.action }).toEqual({ level: scenario.expect.level, action: scenario.expect.action })
  })

  it('double vision with a drooping eyelid is an emergency, and the eyelid is not "also ticked" with its own advice', () => {
    const answer = answerView(model, { signs: ['drooping-eyelid', 'double-vision', 'bruising'], timeframe: '4-14-days' })!
    expect(answer.level).toBe('emergency')
    expect(answer.actionTitle).toBe('Call 911 (US), 999 (UK) or 112 (EU) now')
    expect(answer.reasons[0]?.title).toBe('Double or blurred vision together with a drooping eyelid')
    expect(answer.alsoNoted.map((item) => item.id)).toEqual(['bruising'])
    const advice = model.signs.flatMap((sign) => (sign.advice ? [sign.advice] : []))
    for (const sentence of answer.reasons.flatMap((reason) => reason.sentences)) expect(advice).not.toContain(sentence)
  })

  it('never shows a lower level\'s advice beside an answer: "you also ticked" carries only neutral text', () => {
    for (const scenario of reachable) {
      const answer = answerView(model, scenario)!
      for (const item of answer.alsoNoted) {
        expect(item.about ?? '', scenario.id).not.toMatch(EMERGENCY_WORDS)
        expect(model.signs.find((sign) => sign.id === item.id)?.about ?? null).toBe(item.about)
      }
    }
  })

  it("shows every region's emergency number and the UK's NHS 111 where the model has it", () => {
    const emergency = answerView(model, { signs: ['trouble-breathing'] })!
    expect(emergency.steps.join(' ')).toMatch(/call 911.*call 999.*call 112/s)
    const urgent = answerView(model, { signs: ['eye-will-not-close'] })!
    expect(urgent.steps.join(' ')).toContain('NHS 111')
  })

  it('sends a reader treated outside a clinic to a doctor, not back to the injector, and drops modifier-only signs without it', () => {
    const answer = answerView(model, { signs: ['drooping-eyelid', 'dry-mouth'], modifiers: ['outside-clinic'], timeframe: '4-14-days' })!
    expect(answer.action).toBe('medical-care-not-injector')
    expect(answer.reasons.map((reason) => reason.kind)).toEqual(['modifier', 'modifier'])
    expect(answerView(model, { signs: ['dry-mouth'], modifiers: [] })).toBeNull()
  })

  it('announces the level and the action only', () => {
    expect(announcement(answerView(model, { signs: ['headache'] }), en, levels)).toBe(
      'Routine: Not an emergency: contact the clinic that treated you',
    )
    expect(announcement(null, en, levels)).toBe('')
  })

  it('lists every source the guide can show', () => {
    const sources = guideSources(model)
    expect(new Set(sources).size).toBe(sources.length)
    expect(sources).toEqual(expect.arrayContaining(model.combinations.flatMap((combination) => combination.sources)))
  })
})

describe('the lists without JavaScript', () => {
  const lists = staticLists(model)

  it('goes from most to least serious, with each sign at its own level exactly once', () => {
    expect(lists.map((list) => list.level)).toEqual(['emergency', 'urgent', 'routine'])
    const signs = lists.flatMap((list) => list.signs.map((sign) => sign.id))
    expect(new Set(signs).size).toBe(signs.length)
    for (const list of lists) for (const sign of list.signs) expect(model.signs.find((item) => item.id === sign.id)?.level).toBe(list.level)
  })

  it('includes every combination, time rule and modifier at its level', () => {
    expect(lists.flatMap((list) => list.combinations.map((item) => item.id)).sort()).toEqual(
      model.combinations.map((item) => item.id).sort(),
    )
    expect(lists.find((list) => list.level === 'emergency')?.combinations.map((item) => item.id)).toContain(
      'double-vision-with-drooping-eyelid',
    )
    expect(lists.flatMap((list) => list.timeRules.map((item) => item.id)).sort()).toEqual(model.timeRules.map((item) => item.id).sort())
    const urgent = lists.find((list) => list.level === 'urgent')!
    expect(urgent.modifiers.map((item) => item.id)).toEqual(['outside-clinic'])
    expect(urgent.modifiers[0]?.signs.map((sign) => sign.id)).toEqual(
      expect.arrayContaining(['drooping-eyelid', 'dry-mouth', 'unusual-tiredness']),
    )
    expect(urgent.modifiers[0]?.actionTitle).toBe('See a doctor today, not the person who treated you')
  })
})

describe('summaryText', () => {
  it('says what was ticked, when, the modifier, the level and why, and when it was made', () => {
    const text = summaryText(
      model,
      {
        signs: ['double-vision', 'drooping-eyelid', 'bruising'],
        timeframe: '4-14-days',
        modifiers: [],
        madeAt: '30 November 2026 at 21:04',
      },
      en,
      levels,
    )
    expect(text).toBe(
      [
        'Symptom check after a Botox treatment',
        'Made: 30 November 2026 at 21:04',
        '',
        'When was the treatment: 4 to 14 days ago',
        'I was treated outside a clinic (such as at home or in a salon), or the product may be fake: No',
        '',
        'Signs ticked:',
        '- Double or blurred vision',
        '- A drooping upper eyelid',
        '- Bruising where the needle went in',
        '',
        'Level: Emergency',
        'What to do: Call 911 (US), 999 (UK) or 112 (EU) now',
        '',
        'Why:',
        "- Double or blurred vision together with a drooping eyelid: Together, these can mean the toxin's effect has spread. This is an emergency whenever it starts.",
        '',
        'Also ticked:',
        '- Bruising where the needle went in',
        '',
        'This is information from a symptom guide, not a diagnosis.',
        '',
      ].join('\n'),
    )
  })

  it('says "Not sure" without a timeframe, "Yes" for a chosen modifier, and nothing when no sign is ticked', () => {
    const text = summaryText(model, { signs: ['dry-mouth'], modifiers: ['outside-clinic'], madeAt: 'now' }, en, levels)
    expect(text).toContain('When was the treatment: Not sure')
    expect(text).toContain('or the product may be fake: Yes')
    expect(text).toContain('Level: Urgent')
    expect(text).toContain('What to do: See a doctor today, not the person who treated you')
    expect(summaryText(model, { signs: [], modifiers: [], madeAt: 'now' }, en, levels)).toBe('')
  })
})

describe('the guide in Spanish', () => {
  it('has every English message in Spanish, with the same placeholders', () => {
    expect(catalogueProblems(symptomGuideMessages)).toEqual([])
  })

  it("writes the summary in the edition's words, around the model's own", () => {
    const text = summaryText(
      model,
      { signs: ['dry-mouth'], modifiers: ['outside-clinic'], madeAt: '30 de noviembre de 2026, 21:04' },
      symptomGuideMessages.es,
      pickCareLevelMessages(mdxMessages.es),
    )
    const lines = text.split('\n')
    expect(lines[0]).toBe('Revisión de síntomas después de un tratamiento con Botox')
    expect(lines).toContain('Fecha y hora: 30 de noviembre de 2026, 21:04')
    expect(lines).toContain('Cuándo fue el tratamiento: No lo sé')
    expect(lines).toContain('Nivel: Urgente')
    expect(lines).toContain('Señales marcadas:')
    expect(text).toContain(': Sí\n')
    expect(text.trimEnd().endsWith('Esta información viene de una guía de síntomas. No es un diagnóstico.')).toBe(true)
    for (const english of [
      'Made:',
      'When was the treatment:',
      'Signs ticked:',
      'Level:',
      'What to do:',
      'Why:',
      'Not sure',
      'not a diagnosis',
    ])
      expect(text).not.toContain(english)
  })

  it("announces the level in the edition's word", () => {
    expect(
      announcement(answerView(model, { signs: ['headache'] }), symptomGuideMessages.es, pickCareLevelMessages(mdxMessages.es)),
    ).toMatch(/^No urgente: /)
  })
})
