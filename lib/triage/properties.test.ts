import { describe, expect, it } from 'vitest'
import { assess, rank, sentenceText, type Assessment, type Level } from './engine'
import { model } from './test-model'

/**
 * Safety properties, checked exhaustively: every sign alone and with every
 * other sign, in every timeframe (and with none given), with and without each
 * modifier. The sets are small and finite, so plain loops test every case
 * rather than a random sample.
 */

const SIGNS = model.signs.map((sign) => sign.id)
const TIMEFRAMES: (string | undefined)[] = [...model.timeframes.map((timeframe) => timeframe.id), undefined]
const MODIFIER_SETS: string[][] = [[], ...model.modifiers.map((modifier) => [modifier.id])]

const cache = new Map<string, Assessment>()
function answer(signs: string[], timeframe: string | undefined, modifiers: string[]): Assessment {
  const key = `${[...signs].sort().join('+')}|${timeframe ?? '?'}|${modifiers.join('+')}`
  let found = cache.get(key)
  if (!found) {
    found = assess(model, { signs, timeframe, modifiers }) as Assessment
    cache.set(key, found)
  }
  return found
}
const level = (signs: string[], timeframe: string | undefined, modifiers: string[]): Level => answer(signs, timeframe, modifiers).level

/** Every (sign, other sign, timeframe, modifiers) case; "other" may be the same sign (a single sign). */
function* everyPair() {
  for (const modifiers of MODIFIER_SETS) {
    for (const timeframe of TIMEFRAMES) {
      for (const a of SIGNS) for (const b of SIGNS) yield { a, b, timeframe, modifiers }
    }
  }
}

/** Collects failures instead of stopping at the first, so a broken rule shows its whole extent. */
function failuresOf(check: (c: { a: string; b: string; timeframe: string | undefined; modifiers: string[] }) => string | null): string[] {
  const failures: string[] = []
  let checked = 0
  for (const c of everyPair()) {
    checked += 1
    const failure = check(c)
    if (failure)
      failures.push(
        `${c.a} + ${c.b} @ ${c.timeframe ?? 'unknown time'}${c.modifiers.length ? ` with ${c.modifiers.join(', ')}` : ''}: ${failure}`,
      )
  }
  expect(checked).toBe(SIGNS.length * SIGNS.length * TIMEFRAMES.length * MODIFIER_SETS.length)
  return failures.slice(0, 20)
}

describe('triage properties over every pair of signs, timeframe and modifier', () => {
  it('adding a sign never lowers the level', () => {
    expect(
      failuresOf(({ a, b, timeframe, modifiers }) => {
        const alone = level([a], timeframe, modifiers)
        const both = level([a, b], timeframe, modifiers)
        return rank(both) < rank(alone) ? `${alone} alone but ${both} with ${b}` : null
      }),
    ).toEqual([])
  })

  it('adding any sign to a combination never lowers it (a pair is not enough to see a combination meet a third sign)', () => {
    const failures: string[] = []
    for (const combination of model.combinations) {
      for (const modifiers of MODIFIER_SETS) {
        for (const timeframe of TIMEFRAMES) {
          const before = level(combination.signs, timeframe, modifiers)
          for (const extra of SIGNS) {
            const after = level([...combination.signs, extra], timeframe, modifiers)
            if (rank(after) < rank(before) || rank(after) < rank(level([extra], timeframe, modifiers)))
              failures.push(`${combination.id} + ${extra} @ ${timeframe ?? 'unknown time'}: ${after}`)
          }
        }
      }
    }
    expect(failures.slice(0, 20)).toEqual([])
    expect(level(SIGNS, 'today', [])).toBe('emergency')
  })

  it('an emergency sign always wins, and a sign whose own level is emergency is one at every time and with every modifier', () => {
    expect(
      failuresOf(({ a, b, timeframe, modifiers }) => {
        const own = model.signs.find((sign) => sign.id === a)?.level
        if (own === 'emergency' && level([a], timeframe, modifiers) !== 'emergency') return 'an emergency sign is not an emergency here'
        if (level([a], timeframe, modifiers) === 'emergency' && level([a, b], timeframe, modifiers) !== 'emergency')
          return `${b} lowered an emergency`
        return null
      }),
    ).toEqual([])
  })

  it('a later timeframe never lowers the level, and an unknown timeframe is at least as cautious as any known one', () => {
    const known = model.timeframes.map((timeframe) => timeframe.id)
    expect(
      failuresOf(({ a, b, timeframe, modifiers }) => {
        if (timeframe === undefined) {
          const worst = Math.max(...known.map((id) => rank(level([a, b], id, modifiers))))
          return rank(level([a, b], undefined, modifiers)) < worst ? 'an unknown timeframe gave a lower level than a known one' : null
        }
        const next = known[known.indexOf(timeframe) + 1]
        if (next === undefined) return null
        const now = level([a, b], timeframe, modifiers)
        const later = level([a, b], next, modifiers)
        return rank(later) < rank(now) ? `${now} at ${timeframe} but ${later} at ${next}` : null
      }),
    ).toEqual([])
  })

  it('every sign that escalates with time is raised from its rule’s timeframe on, and not before', () => {
    for (const rule of model.timeRules) {
      const start = model.timeframes.findIndex((timeframe) => timeframe.id === rule.from)
      model.timeframes.forEach((timeframe, index) => {
        const expected = index >= start ? rule.level : model.signs.find((sign) => sign.id === rule.sign)?.level
        expect(level([rule.sign], timeframe.id, []), `${rule.id} at ${timeframe.id}`).toBe(expected)
      })
    }
  })

  it('choosing a modifier never lowers the level', () => {
    expect(
      failuresOf(({ a, b, timeframe, modifiers }) => {
        if (modifiers.length === 0) return null
        const without = level([a, b], timeframe, [])
        const withModifier = level([a, b], timeframe, modifiers)
        return rank(withModifier) < rank(without) ? `${without} without the modifier but ${withModifier} with it` : null
      }),
    ).toEqual([])
  })

  it('never shows a lower level’s advice beside the answer, and accounts for every ticked sign once', () => {
    const advice = new Map(model.signs.map((sign) => [`sign.${sign.id}.advice`, sign]))
    expect(
      failuresOf(({ a, b, timeframe, modifiers }) => {
        const result = answer([a, b], timeframe, modifiers)
        for (const reason of result.reasons) {
          if (reason.level !== result.level) return `reason ${reason.id} is ${reason.level}, answer is ${result.level}`
          for (const id of reason.sentences) {
            const sign = advice.get(id)
            if (sign && (reason.kind !== 'sign' || sign.level !== result.level)) return `advice "${id}" shown at ${result.level}`
            sentenceText(model, id)
          }
        }
        const explained = new Set(result.reasons.flatMap((reason) => reason.signs))
        const ticked = [...new Set([a, b])]
        if (ticked.some((id) => explained.has(id) === result.alsoNoted.includes(id)))
          return 'a ticked sign is both explained and also noted, or neither'
        const action = model.actions.find((item) => item.id === result.action)
        if (action?.level !== result.level) return `action ${result.action} is for ${action?.level}, answer is ${result.level}`
        result.safetyNet.forEach((id) => sentenceText(model, id))
        return null
      }),
    ).toEqual([])
  })

  it('never sends a reader treated outside a clinic back to the clinic that treated them', () => {
    expect(
      failuresOf(({ a, b, timeframe, modifiers }) => {
        if (!modifiers.includes('outside-clinic')) return null
        const result = answer([a, b], timeframe, modifiers)
        const action = model.actions.find((item) => item.id === result.action)
        const words = [
          action?.title ?? '',
          ...(action?.steps ?? []).map((step) => step.text),
          ...result.reasons.flatMap((reason) => reason.sentences.map((id) => sentenceText(model, id))),
        ].join(' ')
        return /\bthe clinic\b|\bprescriber\b|\binjector\b/i.test(words)
          ? `"${result.action}" or a reason points back to the injector`
          : null
      }),
    ).toEqual([])
  })
})
