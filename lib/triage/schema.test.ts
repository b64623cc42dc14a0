import fs from 'node:fs'
import { describe, expect, it } from 'vitest'
import { citationKeysIn } from '@/lib/content/rules/data-files'
import { REFERENCES_FILE, TRIAGE_MODEL_FILE, referenceKeys } from './load'
import { parseTriageModel, triageModelFileSchema, triageModelIssues } from './schema'

/**
 * Each test starts from the real model, breaks one thing, and expects exactly
 * that one problem, named by field and reason.
 */

type Raw = Record<string, Array<Record<string, unknown>>>
const raw: Raw = JSON.parse(fs.readFileSync(TRIAGE_MODEL_FILE, 'utf8'))
const knownKeys = referenceKeys('.', REFERENCES_FILE)

const issuesOf = (data: unknown, keys: string[] = knownKeys) =>
  triageModelIssues(TRIAGE_MODEL_FILE, data, keys).map((issue) => `${issue.field}: ${issue.reason}`)
const indexOf = (list: string, id: string) => {
  const index = (raw[list] ?? []).findIndex((item) => item.id === id)
  if (index < 0) throw new Error(`test setup: no ${list} "${id}"`)
  return index
}
/** A copy of the real model with one entry changed. */
function broken(list: string, id: string, change: (entry: Record<string, unknown>) => void): Raw {
  const copy = structuredClone(raw)
  change((copy[list] as Array<Record<string, unknown>>)[indexOf(list, id)] as Record<string, unknown>)
  return copy
}

describe('the triage model file', () => {
  it('passes, with every citation key in content/references.json', () => {
    expect(issuesOf(raw)).toEqual([])
  })

  it("is found by the site's own citation scan, so each key is looked up like any data file's", () => {
    const cited = new Set(citationKeysIn(raw).map((found) => found.key))
    expect([...cited].every((key) => knownKeys.includes(key))).toBe(true)
    expect(cited.has('NHS-STROKE')).toBe(true)
  })

  it('the registry schema runs every cross-check but leaves key look-up to the data-file rule', () => {
    expect(triageModelFileSchema.safeParse(raw).success).toBe(true)
    const unknownKey = structuredClone(raw)
    ;(unknownKey.signs?.[0] as Record<string, unknown>).sources = ['NOT-A-KEY']
    expect(triageModelFileSchema.safeParse(unknownKey).success).toBe(true)
    const badSign = broken('combinations', 'faint-with-hives', (entry) => (entry.signs = ['brief-faint', 'no-such-sign']))
    expect(triageModelFileSchema.safeParse(badSign).error?.issues.map((issue) => issue.path.join('.'))).toEqual(['combinations.2.signs.1'])
  })
})

describe('bad input: one break, one problem with field and reason', () => {
  it('a combination naming a sign that does not exist', () => {
    const at = indexOf('combinations', 'double-vision-with-drooping-eyelid')
    const data = broken('combinations', 'double-vision-with-drooping-eyelid', (entry) => {
      entry.signs = ['double-vision', 'third-eye']
    })
    expect(issuesOf(data)).toEqual([`combinations.${at}.signs.1: "third-eye" is not one of the signs`])
  })

  it('a modifier raising a sign that does not exist', () => {
    const at = indexOf('modifiers', 'outside-clinic')
    const data = broken('modifiers', 'outside-clinic', (entry) => {
      entry.raises = { groups: ['eye'], signs: ['glowing-skin'] }
    })
    expect(issuesOf(data)).toEqual([`modifiers.${at}.raises.signs.0: "glowing-skin" is not one of the signs`])
  })

  it('a modifier raising a group that does not exist', () => {
    const at = indexOf('modifiers', 'outside-clinic')
    const data = broken('modifiers', 'outside-clinic', (entry) => {
      entry.raises = { groups: ['eye', 'ears'] }
    })
    expect(issuesOf(data)).toEqual([`modifiers.${at}.raises.groups.1: "ears" is not one of the groups`])
  })

  it('a sign in a group that does not exist', () => {
    const at = indexOf('signs', 'bruising')
    const data = broken('signs', 'bruising', (entry) => {
      entry.groups = ['skin']
    })
    expect(issuesOf(data)).toEqual([`signs.${at}.groups.0: "skin" is not one of the groups`])
  })

  it('a group that no sign belongs to', () => {
    const data = structuredClone(raw)
    data.groups?.push({ id: 'ears', label: 'Ears' })
    expect(issuesOf(data)).toEqual([`groups.${(data.groups?.length ?? 0) - 1}.id: group "ears" has no signs`])
  })

  it('a sign offered with a modifier that does not exist', () => {
    const at = indexOf('signs', 'dry-mouth')
    const data = broken('signs', 'dry-mouth', (entry) => {
      entry.offeredWith = ['spa-day']
    })
    expect(issuesOf(data)).toEqual([`signs.${at}.offeredWith.0: "spa-day" is not one of the modifiers`])
  })

  it('the same sign id twice', () => {
    const at = indexOf('signs', 'bruising')
    const data = broken('signs', 'bruising', (entry) => {
      entry.id = 'headache'
    })
    expect(issuesOf(data)).toEqual([`signs.${Math.max(at, indexOf('signs', 'headache'))}.id: sign "headache" is used twice`])
  })

  it('a time rule for a sign that does not exist', () => {
    const at = indexOf('timeRules', 'eyelid-droop-after-4-weeks')
    const data = broken('timeRules', 'eyelid-droop-after-4-weeks', (entry) => {
      entry.sign = 'drooping-ear'
    })
    expect(issuesOf(data)).toEqual([`timeRules.${at}.sign: "drooping-ear" is not one of the signs`])
  })

  it('a time rule starting in a timeframe that does not exist', () => {
    const at = indexOf('timeRules', 'mouth-droop-from-2-weeks')
    const data = broken('timeRules', 'mouth-droop-from-2-weeks', (entry) => {
      entry.from = 'next-year'
    })
    expect(issuesOf(data)).toEqual([`timeRules.${at}.from: "next-year" is not one of the timeframes`])
  })

  it('an unknown level', () => {
    const at = indexOf('signs', 'trouble-breathing')
    const data = broken('signs', 'trouble-breathing', (entry) => {
      entry.level = 'whenever'
    })
    expect(issuesOf(data)).toEqual([`signs.${at}.level: must be one of: emergency, urgent, routine`])
  })

  it('levels out of order', () => {
    const data = structuredClone(raw)
    data.levels = [raw.levels?.[1], raw.levels?.[0], raw.levels?.[2]] as Array<Record<string, unknown>>
    expect(issuesOf(data)).toEqual([
      'levels.0.id: must be "emergency" here: levels go from most to least serious (emergency, urgent, routine)',
    ])
  })

  it('a level whose action belongs to another level', () => {
    const data = structuredClone(raw)
    ;(data.levels?.[0] as Record<string, unknown>).action = 'contact-clinic'
    expect(issuesOf(data)).toEqual(['levels.0.action: "contact-clinic" is an action for the routine level, not the emergency level'])
  })

  it('a time rule that lowers a level', () => {
    const at = indexOf('timeRules', 'eyelid-droop-after-4-weeks')
    const data = structuredClone(raw)
    const sign = (data.signs ?? [])[indexOf('signs', 'drooping-eyelid')] as Record<string, unknown>
    sign.level = 'urgent'
    ;(data.timeRules?.[at] as Record<string, unknown>).level = 'routine'
    expect(issuesOf(data)).toEqual([
      `timeRules.${at}.level: must be more serious than the sign's own level (urgent): a time rule may only raise a level`,
    ])
  })

  it('a time rule that keeps the level it starts from', () => {
    const at = indexOf('timeRules', 'mouth-droop-from-2-weeks')
    const data = broken('timeRules', 'mouth-droop-from-2-weeks', (entry) => {
      entry.level = 'routine'
    })
    expect(issuesOf(data)).toEqual([
      `timeRules.${at}.level: must be more serious than the sign's own level (routine): a time rule may only raise a level`,
    ])
  })

  it('a later time rule that gives a lower level than an earlier one', () => {
    const data = broken('timeRules', 'mouth-droop-from-2-weeks', (entry) => {
      entry.level = 'emergency'
    })
    data.timeRules?.push({
      id: 'mouth-droop-later',
      sign: 'mouth-corner-droop',
      from: 'over-4-weeks',
      level: 'urgent',
      reason: 'Later.',
      sources: ['NHS-BELLS-PALSY'],
    })
    expect(issuesOf(data)).toEqual([
      `timeRules.${(data.timeRules?.length ?? 0) - 1}.level: must not be lower than "mouth-droop-from-2-weeks" (emergency), which starts earlier: a later timeframe may not lower a level`,
    ])
  })

  it('a combination that would lower a level', () => {
    const at = indexOf('combinations', 'faint-with-hives')
    const data = broken('combinations', 'faint-with-hives', (entry) => {
      entry.level = 'routine'
    })
    expect(issuesOf(data)).toEqual([
      `combinations.${at}.level: must not be lower than the level of "hives" (urgent): a combination may only raise a level`,
    ])
  })

  it('a modifier action meant for another level', () => {
    const at = indexOf('modifiers', 'outside-clinic')
    const data = broken('modifiers', 'outside-clinic', (entry) => {
      entry.actions = { urgent: 'contact-clinic', routine: 'own-doctor' }
    })
    expect(issuesOf(data)).toEqual([
      `modifiers.${at}.actions.urgent: "contact-clinic" is an action for the routine level, not the urgent level`,
    ])
  })

  it('a missing source', () => {
    const at = indexOf('signs', 'double-vision')
    const data = broken('signs', 'double-vision', (entry) => {
      entry.sources = []
    })
    expect(issuesOf(data)).toEqual([`signs.${at}.sources: must name at least one source`])
  })

  it('a combination with no sources field at all', () => {
    const at = indexOf('combinations', 'faint-with-hives')
    const data = broken('combinations', 'faint-with-hives', (entry) => {
      delete entry.sources
    })
    expect(issuesOf(data)).toEqual([`combinations.${at}.sources: Invalid input: expected array, received undefined`])
  })

  it('a source key that is not in the reference data', () => {
    const at = indexOf('timeRules', 'injection-site-worse-after-first-days')
    const data = broken('timeRules', 'injection-site-worse-after-first-days', (entry) => {
      entry.sources = ['NHS-WOUND-INFECTION', 'MADE-UP-2026']
    })
    expect(issuesOf(data)).toEqual([`timeRules.${at}.sources.1: "MADE-UP-2026" is not one of the references in content/references.json`])
  })

  it('takes the known citation keys as a parameter', () => {
    const withoutKing = knownKeys.filter((key) => key !== 'KING-2016-JCAD')
    const expected = citationKeysIn(raw)
      .filter((found) => found.key === 'KING-2016-JCAD')
      .map((found) => `${found.path}: "KING-2016-JCAD" is not one of the references in content/references.json`)
    expect(expected.length).toBeGreaterThan(1)
    expect(issuesOf(raw, withoutKing)).toEqual(expected)
  })

  it('"about" text that tells the reader what to do', () => {
    const at = indexOf('signs', 'headache')
    const data = broken('signs', 'headache', (entry) => {
      entry.about = 'Call 999 if it is bad.'
    })
    expect(issuesOf(data)).toEqual([
      `signs.${at}.about: must not tell the reader what to do (it is shown at every level); put instructions in "advice"`,
    ])
  })

  it('timeframes with a gap', () => {
    const data = structuredClone(raw)
    ;(data.timeframes?.[2] as Record<string, unknown>).fromDay = 5
    expect(issuesOf(data)).toEqual(['timeframes.2.fromDay: must be 4: timeframes follow on from each other, earliest first'])
  })

  it('an action step for a region that does not exist', () => {
    const at = indexOf('actions', 'medical-advice-today')
    const data = broken('actions', 'medical-advice-today', (entry) => {
      ;(entry.steps as Array<Record<string, unknown>>)[1] = { id: 'uk-111', regions: ['gb'], text: 'Call NHS 111.' }
    })
    expect(issuesOf(data)).toEqual([`actions.${at}.steps.1.regions.0: "gb" is not one of the regions`])
  })

  it('no safety net for a level', () => {
    const data = structuredClone(raw)
    data.safetyNet = (raw.safetyNet ?? []).map((item) => ({
      ...item,
      levels: (item.levels as string[]).filter((level) => level !== 'routine'),
    }))
    data.safetyNet = data.safetyNet.filter((item) => (item.levels as string[]).length > 0)
    expect(issuesOf(data)).toEqual(['safetyNet: must say what to do if things get worse at the routine level'])
  })

  it('parseTriageModel names file, field and reason in its error', () => {
    const at = indexOf('combinations', 'faint-with-hives')
    const data = broken('combinations', 'faint-with-hives', (entry) => {
      entry.signs = ['brief-faint', 'hivez']
    })
    expect(() => parseTriageModel(TRIAGE_MODEL_FILE, data, knownKeys)).toThrow(
      `content/triage/model.json › combinations.${at}.signs.1: "hivez" is not one of the signs`,
    )
    expect(parseTriageModel(TRIAGE_MODEL_FILE, raw, knownKeys).signs.length).toBe(raw.signs?.length)
  })
})
