import { describe, expect, it } from 'vitest'
import {
  actionFor,
  actionSteps,
  assess,
  combinationsInGroups,
  levelOf,
  levelsAcrossTime,
  listsByLevel,
  offeredSigns,
  rank,
  sentences,
  sentenceText,
  signsInGroups,
  type Assessment,
} from './engine'
import scenarioData from './scenarios.json'
import { model, type Scenario } from './test-model'

const scenarios = scenarioData as Scenario[]
const run = (scenario: Scenario) =>
  assess(model, { signs: scenario.signs, timeframe: scenario.timeframe, modifiers: scenario.modifiers }) as Assessment
const timeframeIndex = (id: string) => model.timeframes.findIndex((timeframe) => timeframe.id === id)

describe('clinical scenarios (lib/triage/scenarios.json)', () => {
  it('has at least 60 cases, each with a unique id and a rationale', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(60)
    expect(new Set(scenarios.map((scenario) => scenario.id)).size).toBe(scenarios.length)
    for (const scenario of scenarios) expect(scenario.rationale.length, scenario.id).toBeGreaterThan(20)
  })

  it.each(scenarios.map((scenario) => [scenario.id, scenario] as const))('%s', (_id, scenario) => {
    const answer = run(scenario)
    expect({ level: answer.level, action: answer.action }).toEqual({ level: scenario.expect.level, action: scenario.expect.action })
    expect(answer.reasons.map((reason) => reason.id)).toEqual(expect.arrayContaining(scenario.expect.decidedBy))
  })

  it('covers every sign, every combination and every modifier', () => {
    const used = new Set(scenarios.flatMap((scenario) => scenario.signs))
    expect(model.signs.map((sign) => sign.id).filter((id) => !used.has(id))).toEqual([])
    const decided = new Set(scenarios.flatMap((scenario) => scenario.expect.decidedBy))
    expect(model.combinations.map((combination) => combination.id).filter((id) => !decided.has(id))).toEqual([])
    for (const modifier of model.modifiers) {
      expect(
        scenarios.some((scenario) => scenario.modifiers.includes(modifier.id) && scenario.expect.decidedBy.includes(modifier.id)),
      ).toBe(true)
      expect(scenarios.some((scenario) => scenario.modifiers.includes(modifier.id) && scenario.expect.level === 'emergency')).toBe(true)
    }
  })

  it('tests every time rule on both sides of its boundary', () => {
    for (const rule of model.timeRules) {
      const before = model.timeframes[timeframeIndex(rule.from) - 1]?.id
      const onSign = scenarios.filter(
        (scenario) => scenario.signs.length === 1 && scenario.signs[0] === rule.sign && scenario.modifiers.length === 0,
      )
      expect(
        onSign.some((scenario) => scenario.timeframe === before && scenario.expect.decidedBy.includes(rule.sign)),
        `${rule.id}: the timeframe before`,
      ).toBe(true)
      expect(
        onSign.some((scenario) => scenario.timeframe === rule.from && scenario.expect.decidedBy.includes(rule.id)),
        `${rule.id}: its first timeframe`,
      ).toBe(true)
    }
  })

  it('names only ids the model has', () => {
    const ids = new Set([...model.signs, ...model.timeRules, ...model.modifiers, ...model.combinations].map((item) => item.id))
    for (const scenario of scenarios) {
      for (const id of scenario.expect.decidedBy) expect(ids.has(id), `${scenario.id}: ${id}`).toBe(true)
      expect(
        model.actions.some((action) => action.id === scenario.expect.action),
        scenario.id,
      ).toBe(true)
    }
  })
})

describe('assess', () => {
  it('gives no answer when nothing is ticked, and refuses ids the model does not have', () => {
    expect(assess(model, { signs: [], timeframe: 'today' })).toBeNull()
    expect(() => assess(model, { signs: ['third-eye'] })).toThrow(/"third-eye" is not one of the model's signs/)
    expect(() => assess(model, { signs: ['headache'], timeframe: 'next-year' })).toThrow(/timeframes/)
    expect(() => assess(model, { signs: ['headache'], modifiers: ['unknown'] })).toThrow(/modifiers/)
  })

  it('explains a combination only with its own reason: no lower-level advice beside an emergency', () => {
    const answer = assess(model, { signs: ['drooping-eyelid', 'double-vision'], timeframe: '4-14-days' }) as Assessment
    expect(answer.reasons).toEqual([
      expect.objectContaining({ kind: 'combination', id: 'double-vision-with-drooping-eyelid', level: 'emergency' }),
    ])
    const shown = [
      ...answer.reasons.flatMap((reason) => reason.sentences),
      ...answer.safetyNet,
      ...actionSteps(model, answer.action).map((step) => step.sentence),
    ]
    expect(shown.map((id) => sentenceText(model, id)).join(' ')).not.toMatch(/clinic that treated you/)
    expect(answer.alsoNoted).toEqual([])
  })

  it('lists lower signs as also noted, and gives their advice only when they decide', () => {
    const answer = assess(model, { signs: ['bruising', 'eye-will-not-close'], timeframe: '1-3-days' }) as Assessment
    expect(answer.level).toBe('urgent')
    expect(answer.reasons.map((reason) => reason.id)).toEqual(['eye-will-not-close'])
    expect(answer.alsoNoted).toEqual(['bruising'])
    expect(answer.reasons[0]?.sentences).toEqual(['sign.eye-will-not-close.about', 'sign.eye-will-not-close.advice'])
  })

  it('drops a sign’s own advice when a time rule or a modifier decides its level', () => {
    const late = assess(model, { signs: ['mouth-corner-droop'], timeframe: '2-4-weeks' }) as Assessment
    expect(late.reasons[0]?.sentences).toEqual(['sign.mouth-corner-droop.about', 'timeRule.mouth-droop-from-2-weeks.reason'])
    const fake = assess(model, { signs: ['drooping-eyelid'], timeframe: '4-14-days', modifiers: ['outside-clinic'] }) as Assessment
    expect(fake.reasons[0]?.sentences).toEqual(['sign.drooping-eyelid.about', 'modifier.outside-clinic.reason'])
    expect(sentenceText(model, 'action.medical-care-not-injector.step.not-injector')).toMatch(/not go back to the person who injected you/)
  })

  it('takes the most cautious reading when the timeframe is unknown', () => {
    for (const rule of model.timeRules) expect(assess(model, { signs: [rule.sign] })?.level).toBe(rule.level)
  })

  it('lists sources from the reasons, the action and the safety net, once each', () => {
    const answer = assess(model, { signs: ['brief-faint', 'hives'], timeframe: 'today' }) as Assessment
    expect(answer.sources).toEqual(expect.arrayContaining(['NHS-ANAPHYLAXIS', 'NHS-FAINTING', 'NHS-111-NEAS', 'NHS-STROKE']))
    expect(new Set(answer.sources).size).toBe(answer.sources.length)
  })
})

describe('actions by region', () => {
  const text = (actionId: string, region?: string) =>
    actionSteps(model, actionId, region)
      .map((step) => sentenceText(model, step.sentence))
      .join(' ')

  it('gives 911 in the US, 999 in the UK and 112 in the EU for an emergency, and all three when the region is unknown', () => {
    expect(text('call-emergency-number', 'us')).toMatch(/\b911\b/)
    expect(text('call-emergency-number', 'us')).not.toMatch(/\b(999|112)\b/)
    expect(text('call-emergency-number', 'uk')).toMatch(/\b999\b/)
    expect(text('call-emergency-number', 'eu')).toMatch(/\b112\b/)
    expect(text('call-emergency-number')).toMatch(/911[\s\S]*999[\s\S]*112/)
    expect(sentenceText(model, 'action.call-emergency-number.title')).toBe('Call 911 (US), 999 (UK) or 112 (EU) now')
  })

  it('gives NHS 111 as the UK route when the clinic or own doctor cannot be reached the same day', () => {
    expect(text('medical-advice-today', 'uk')).toMatch(/cannot reach either of them today, call NHS 111/)
    expect(text('medical-advice-today', 'us')).not.toMatch(/111/)
    expect(text('medical-care-not-injector', 'uk')).toMatch(/NHS 111 or go to A&E/)
  })

  it('sends readers treated outside a clinic to a doctor, never back to the injector', () => {
    expect(actionFor(model, 'urgent', ['outside-clinic'])).toBe('medical-care-not-injector')
    expect(actionFor(model, 'routine', ['outside-clinic'])).toBe('own-doctor')
    expect(actionFor(model, 'emergency', ['outside-clinic'])).toBe('call-emergency-number')
    for (const id of ['medical-care-not-injector', 'own-doctor']) expect(text(id)).not.toMatch(/clinic that treated you/)
  })
})

describe('helpers for pages and care cards', () => {
  it('answers the level of a sign or combination, in a timeframe and with a modifier', () => {
    expect(levelOf(model, 'double-vision-with-drooping-eyelid')).toBe('emergency')
    expect(levelOf(model, 'drooping-eyelid')).toBe('routine')
    expect(levelOf(model, 'drooping-eyelid', { modifiers: ['outside-clinic'] })).toBe('urgent')
    expect(levelOf(model, 'mouth-corner-droop', { timeframe: '4-14-days' })).toBe('routine')
    expect(levelOf(model, 'mouth-corner-droop', { timeframe: '2-4-weeks' })).toBe('urgent')
    expect(levelsAcrossTime(model, 'mouth-corner-droop')).toEqual(['urgent', 'routine'])
    expect(levelsAcrossTime(model, 'bruising')).toEqual(['routine'])
    expect(() => levelOf(model, 'nothing')).toThrow(/signs or combinations/)
  })

  it('lists signs by group, optionally at one level, keeping modifier-only signs back', () => {
    expect(signsInGroups(model, ['toxin-spread'], { level: 'emergency' }).map((sign) => sign.id)).toEqual([
      'trouble-breathing',
      'trouble-swallowing',
      'slurred-speech',
      'hoarse-voice',
      'spreading-weakness',
      'bladder-control',
    ])
    expect(signsInGroups(model, ['toxin-spread']).map((sign) => sign.id)).not.toContain('dry-mouth')
    expect(signsInGroups(model, ['toxin-spread'], { modifiers: ['outside-clinic'], level: 'urgent' }).map((sign) => sign.id)).toEqual(
      expect.arrayContaining(['drooping-eyelid', 'double-vision', 'dry-mouth', 'unusual-tiredness']),
    )
    expect(combinationsInGroups(model, ['allergy'], { level: 'emergency' }).map((combination) => combination.id)).toEqual(
      expect.arrayContaining(['faint-with-hives', 'faint-with-swelling', 'faint-with-breathing-trouble']),
    )
    expect(() => signsInGroups(model, ['nowhere'])).toThrow(/groups/)
  })

  it('builds the no-JavaScript lists with the combinations in the emergency list', () => {
    const lists = listsByLevel(model)
    expect(lists.map((list) => list.level)).toEqual(['emergency', 'urgent', 'routine'])
    const emergency = lists[0]
    expect(emergency?.combinations).toEqual(expect.arrayContaining(['double-vision-with-drooping-eyelid', 'faint-with-hives']))
    expect(lists[1]?.timeRules).toEqual(expect.arrayContaining(['mouth-droop-from-2-weeks', 'injection-site-worse-after-first-days']))
    // Every offered sign is listed exactly once, at its own level.
    const listed = lists.flatMap((list) => list.signs)
    expect(listed.sort()).toEqual(
      offeredSigns(model)
        .map((sign) => sign.id)
        .sort(),
    )
    expect(listsByLevel(model, ['outside-clinic'])[1]?.signs).toEqual(expect.arrayContaining(['drooping-eyelid', 'dry-mouth']))
  })

  it('resolves every sentence id the engine can return, and ranks levels', () => {
    const all = sentences(model)
    for (const sign of model.signs) expect(all.get(`sign.${sign.id}.label`)).toBe(sign.label)
    expect(() => sentenceText(model, 'sign.nothing.label')).toThrow(/no sentence/)
    expect(rank('emergency')).toBeGreaterThan(rank('urgent'))
    expect(rank('urgent')).toBeGreaterThan(rank('routine'))
  })
})
