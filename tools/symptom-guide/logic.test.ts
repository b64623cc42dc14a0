import fs from 'node:fs'
import { describe, expect, it } from 'vitest'
import { assess, guideSources, rank, symptomsByLevel, type SymptomGuideData } from './logic'
import { symptomGuideSchema } from './schema'

const raw = JSON.parse(fs.readFileSync('content/tools/symptom-guide.json', 'utf8'))
const guide: SymptomGuideData = symptomGuideSchema.parse(raw)
const TIMEFRAMES = guide.timeframes.map((timeframe) => timeframe.id)
const levelFor = (ids: string[], timeframe?: string) => assess(guide, ids, timeframe)?.level
const idsAt = (level: string) => guide.symptoms.filter((symptom) => symptom.level === level).map((symptom) => symptom.id)
const issuesOf = (data: unknown) =>
  symptomGuideSchema.safeParse(data).error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? []

describe('symptom guide data', () => {
  it('has the symptoms and timeframes the guide promises', () => {
    for (const id of [
      'bruising',
      'headache',
      'drooping-eyelid',
      'double-vision',
      'trouble-swallowing',
      'trouble-breathing',
      'slurred-speech',
      'spreading-weakness',
      'allergic-reaction',
      'fainting',
    ]) {
      expect(guide.symptoms.map((symptom) => symptom.id)).toContain(id)
    }
    expect(TIMEFRAMES).toEqual(['today', '1-3-days', '4-14-days', '2-4-weeks', 'over-4-weeks'])
  })
  it('rejects an unknown level, naming the field', () => {
    expect(issuesOf({ ...raw, symptoms: [{ ...raw.symptoms[0], level: 'soon' }] })).toEqual([
      'symptoms.0.level: must be "emergency", "urgent" or "routine"',
    ])
  })
  it('rejects a routine symptom that does not say how it settles', () => {
    const bruising = raw.symptoms.find((symptom: { id: string }) => symptom.id === 'bruising')
    expect(issuesOf({ ...raw, symptoms: [{ ...bruising, settles: undefined }] })[0]).toMatch(
      /^symptoms.0.settles: a routine symptom must say how it usually settles/,
    )
  })
  it('rejects an escalation to a timeframe that does not exist', () => {
    const headache = raw.symptoms.find((symptom: { id: string }) => symptom.id === 'headache')
    expect(
      issuesOf({ ...raw, symptoms: [{ ...headache, escalate: { ...headache.escalate, from: 'next-year' } }], combinations: [] }),
    ).toEqual(['symptoms.0.escalate.from: "next-year" is not one of the timeframes'])
  })
  it('rejects an escalation that would lower the level', () => {
    const headache = raw.symptoms.find((symptom: { id: string }) => symptom.id === 'headache')
    expect(
      issuesOf({ ...raw, symptoms: [{ ...headache, escalate: { ...headache.escalate, level: 'routine' } }], combinations: [] }),
    ).toEqual(['symptoms.0.escalate.level: must be more serious than the symptom’s own level'])
  })
  it('rejects a combination naming an unknown symptom', () => {
    expect(issuesOf({ ...raw, combinations: [{ ...raw.combinations[0], symptoms: ['double-vision', 'third-eye'] }] })).toEqual([
      'combinations.0.symptoms.1: "third-eye" is not one of the symptoms',
    ])
  })
})

describe('assess', () => {
  it('gives no answer when nothing is chosen', () => {
    expect(assess(guide, [], 'today')).toBeNull()
  })

  it.each(idsAt('emergency'))('treats %s as an emergency at every time since treatment', (id) => {
    for (const timeframe of [undefined, ...TIMEFRAMES]) expect(levelFor([id], timeframe)).toBe('emergency')
  })

  it.each(idsAt('urgent'))('treats %s as urgent on its own', (id) => {
    expect(levelFor([id], 'today')).toBe('urgent')
  })

  it.each(idsAt('routine'))('treats %s as routine soon after treatment, with how it settles and what to watch for', (id) => {
    const answer = assess(guide, [id], 'today')!
    expect(answer.level).toBe('routine')
    expect(answer.findings[0]?.settles).toBeTruthy()
    expect(answer.findings[0]?.watchFor).toBeTruthy()
  })

  it('never lets another choice soften an emergency (every emergency symptom with every other symptom and time)', () => {
    for (const emergency of idsAt('emergency')) {
      for (const other of guide.symptoms.map((symptom) => symptom.id)) {
        for (const timeframe of TIMEFRAMES) expect(levelFor([other, emergency], timeframe)).toBe('emergency')
      }
    }
  })

  it('takes the most serious level among mixed choices and still lists the rest', () => {
    const answer = assess(guide, ['bruising', 'eye-will-not-close'], '1-3-days')!
    expect(answer.level).toBe('urgent')
    expect(answer.findings.map((finding) => finding.label)).toEqual(['An eye that will not close fully'])
    expect(answer.alsoNoted.map((finding) => finding.label)).toEqual(['Bruising where the needle went in'])
  })

  it('makes double vision with a drooping eyelid an emergency (possible spread of the toxin)', () => {
    const answer = assess(guide, ['drooping-eyelid', 'double-vision'], '4-14-days')!
    expect(answer.level).toBe('emergency')
    expect(answer.findings[0]?.reason).toMatch(/spread/)
    expect(levelFor(['double-vision', 'droop-blocks-sight'], 'today')).toBe('emergency')
  })

  it('makes a headache that has lasted from 4 days on urgent, but not before', () => {
    expect(levelFor(['headache'], '1-3-days')).toBe('routine')
    expect(levelFor(['headache'], '4-14-days')).toBe('urgent')
    expect(levelFor(['headache'], 'over-4-weeks')).toBe('urgent')
    expect(levelFor(['headache'])).toBe('routine')
  })

  it('makes a drooping eyelid still there after 4 weeks urgent', () => {
    expect(levelFor(['drooping-eyelid'], '2-4-weeks')).toBe('routine')
    expect(levelFor(['drooping-eyelid'], 'over-4-weeks')).toBe('urgent')
  })

  it('always cites sources and says what would make it more serious', () => {
    const answer = assess(guide, ['bruising'], 'today')!
    expect(answer.sources).toEqual(expect.arrayContaining(guide.worseSigns.sources))
    expect(answer.moreSerious).toBe(guide.worseSigns.text)
    const emergency = assess(guide, ['trouble-breathing'], 'today')!
    expect(emergency.sources.length).toBeGreaterThan(0)
    expect(emergency.moreSerious).toMatch(/most serious level/)
  })
})

describe('helpers', () => {
  it('groups symptoms by level, most serious first, for the no-JavaScript version', () => {
    const groups = symptomsByLevel(guide)
    expect(groups.map((group) => group.level)).toEqual(['emergency', 'urgent', 'routine'])
    expect(groups.flatMap((group) => group.symptoms)).toHaveLength(guide.symptoms.length)
  })
  it('ranks levels', () => {
    expect(rank('emergency')).toBeGreaterThan(rank('urgent'))
    expect(rank('urgent')).toBeGreaterThan(rank('routine'))
  })
  it('lists every source once', () => {
    const keys = guideSources(guide)
    expect(new Set(keys).size).toBe(keys.length)
    expect(keys).toContain('UKHSA-2025-NEWS')
  })
})
