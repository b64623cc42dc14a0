import fs from 'node:fs'
import { describe, it, expect } from 'vitest'
import { referenceKeys } from '@/lib/triage/load'
import { forEdition } from '@/lib/triage/locale'
import { triageModelSchema } from '@/lib/triage/schema'
import { checklistSchema } from '@/tools/consultation-checklist/schema'
import { recoveryTimelineSchema } from '@/tools/recovery-timeline/logic'
import { riskFiguresSchema } from '@/tools/risk-figures/logic'
import {
  UNTRANSLATED,
  applyTranslation,
  dataTranslationSchema,
  sourceHashOf,
  translatableStrings,
  translationProblems,
  type DataTranslation,
} from './data-translation'

const NONE: ReadonlySet<string> = new Set()

const model = {
  signs: [
    { id: 'trouble-breathing', level: 'emergency', label: 'Trouble breathing', groups: ['breathing'], sources: ['NHS-X'] },
    { id: 'headache', level: 'routine', label: 'A headache', advice: 'Get in touch.', groups: ['headache'], sources: ['NHS-Y'] },
  ],
  actions: [
    {
      id: 'call-emergency-number',
      title: 'Call now',
      steps: [
        { id: 'us', regions: ['us'], text: 'In the US, call 911.' },
        { id: 'eu', regions: ['eu'], text: 'In the EU, call 112.' },
      ],
    },
  ],
  keyPoints: ['First point', 'Second point'],
  scaleDays: 120,
  visible: true,
  nothing: null,
}
const UNTRANSLATED_HERE = new Set(['id', 'level', 'groups', 'sources', 'regions'])

const overlayOf = (strings: Record<string, string>): DataTranslation => ({ sourceHash: '0123456789abcdef', strings })
const spanish = (data: unknown, untranslated: ReadonlySet<string>) =>
  Object.fromEntries([...translatableStrings(data, untranslated)].map(([key, text]) => [key, `ES ${text}`]))

describe('translatableStrings', () => {
  it('names each string by its path, an array element by its id, in file order, leaving out untranslated properties', () => {
    expect([...translatableStrings(model, UNTRANSLATED_HERE)]).toEqual([
      ['signs.trouble-breathing.label', 'Trouble breathing'],
      ['signs.headache.label', 'A headache'],
      ['signs.headache.advice', 'Get in touch.'],
      ['actions.call-emergency-number.title', 'Call now'],
      ['actions.call-emergency-number.steps.us.text', 'In the US, call 911.'],
      ['actions.call-emergency-number.steps.eu.text', 'In the EU, call 112.'],
      ['keyPoints.0', 'First point'],
      ['keyPoints.1', 'Second point'],
    ])
  })

  it('names elements without an id by their index, at the top level too', () => {
    expect([...translatableStrings([{ title: 'A' }, { title: 'B', kind: 'harm' }], new Set(['kind']))]).toEqual([
      ['0.title', 'A'],
      ['1.title', 'B'],
    ])
    // An id that is not a string is no name: the index is used, and the number is not text.
    expect([...translatableStrings([{ id: 7, title: 'A' }], NONE).keys()]).toEqual(['0.title'])
  })

  it('keeps ids and every other string when nothing is marked untranslated', () => {
    expect([...translatableStrings({ items: [{ id: 'a', text: 'T' }] }, NONE)]).toEqual([
      ['items.a.id', 'a'],
      ['items.a.text', 'T'],
    ])
  })

  it('leaves out everything under an untranslated property, however deep', () => {
    const data = { keep: 'yes', meta: { deep: { deeper: ['x', { text: 'y' }] } } }
    expect([...translatableStrings(data, new Set(['meta']))]).toEqual([['keep', 'yes']])
  })

  it('matches a bare name only to a property, never to an element id', () => {
    const data = { groups: [{ id: 'level', label: 'Level group' }], level: 'emergency' }
    expect([...translatableStrings(data, new Set(['id', 'level']))]).toEqual([['groups.level.label', 'Level group']])
  })

  it('matches a dotted path with "*" at its own place only, so one name can be text in one place and ids in another', () => {
    const data = {
      groups: [{ id: 'eye', label: 'Eyes' }],
      signs: [{ id: 'dry-eyes', label: 'Dry eyes', groups: ['eye'] }],
      modifiers: [{ id: 'outside-clinic', label: 'Outside a clinic', actions: { urgent: 'medical-care-not-injector' } }],
      actions: [{ id: 'medical-care-not-injector', title: 'See a doctor' }],
    }
    expect([...translatableStrings(data, new Set(['id', 'signs.*.groups', 'modifiers.*.actions']))]).toEqual([
      ['groups.eye.label', 'Eyes'],
      ['signs.dry-eyes.label', 'Dry eyes'],
      ['modifiers.outside-clinic.label', 'Outside a clinic'],
      ['actions.medical-care-not-injector.title', 'See a doctor'],
    ])
  })

  it('throws on two elements with the same id, naming the key', () => {
    const twice = {
      signs: [
        { id: 'headache', label: 'A' },
        { id: 'headache', label: 'B' },
      ],
    }
    expect(() => translatableStrings(twice, NONE)).toThrow(/"signs\.headache"/)
  })

  it("throws when an id would collide with another element's index", () => {
    expect(() => translatableStrings({ list: [{ id: '1', text: 'A' }, { text: 'B' }] }, NONE)).toThrow(/"list\.1"/)
  })
})

describe('translationProblems', () => {
  it('finds nothing when every key is translated', () => {
    expect(translationProblems(model, overlayOf(spanish(model, UNTRANSLATED_HERE)), UNTRANSLATED_HERE)).toEqual([])
  })

  it('reports each missing key and each key English no longer has', () => {
    const strings = spanish(model, UNTRANSLATED_HERE)
    delete strings['actions.call-emergency-number.steps.eu.text']
    delete strings['keyPoints.1']
    strings['signs.old-sign.label'] = 'Una señal antigua'
    expect(translationProblems(model, overlayOf(strings), UNTRANSLATED_HERE)).toEqual([
      'missing translation for "actions.call-emergency-number.steps.eu.text"',
      'missing translation for "keyPoints.1"',
      '"signs.old-sign.label" is not in the English file (removed or renamed?)',
    ])
  })

  it('reports a renamed id as one missing key and one extra key', () => {
    const strings = spanish(model, UNTRANSLATED_HERE)
    const renamed = structuredClone(model)
    renamed.signs[1]!.id = 'headache-mild'
    expect(translationProblems(renamed, overlayOf(strings), UNTRANSLATED_HERE)).toEqual([
      'missing translation for "signs.headache-mild.label"',
      'missing translation for "signs.headache-mild.advice"',
      '"signs.headache.label" is not in the English file (removed or renamed?)',
      '"signs.headache.advice" is not in the English file (removed or renamed?)',
    ])
  })

  it('reports a translation of an untranslated property as not in the English file', () => {
    const strings = { ...spanish(model, UNTRANSLATED_HERE), 'signs.headache.level': 'rutina' }
    expect(translationProblems(model, overlayOf(strings), UNTRANSLATED_HERE)).toEqual([
      '"signs.headache.level" is not in the English file (removed or renamed?)',
    ])
  })
})

describe('applyTranslation', () => {
  it('replaces every translatable string and keeps ids, numbers, booleans, null and untranslated properties', () => {
    const translated = applyTranslation(model, spanish(model, UNTRANSLATED_HERE), UNTRANSLATED_HERE)
    expect(translated).toEqual({
      signs: [
        { id: 'trouble-breathing', level: 'emergency', label: 'ES Trouble breathing', groups: ['breathing'], sources: ['NHS-X'] },
        { id: 'headache', level: 'routine', label: 'ES A headache', advice: 'ES Get in touch.', groups: ['headache'], sources: ['NHS-Y'] },
      ],
      actions: [
        {
          id: 'call-emergency-number',
          title: 'ES Call now',
          steps: [
            { id: 'us', regions: ['us'], text: 'ES In the US, call 911.' },
            { id: 'eu', regions: ['eu'], text: 'ES In the EU, call 112.' },
          ],
        },
      ],
      keyPoints: ['ES First point', 'ES Second point'],
      scaleDays: 120,
      visible: true,
      nothing: null,
    })
  })

  it('makes a deep copy: the English data is unchanged, and the copy shares no object with it', () => {
    const before = structuredClone(model)
    const translated = applyTranslation(model, spanish(model, UNTRANSLATED_HERE), UNTRANSLATED_HERE)
    expect(model).toEqual(before)
    expect(translated.signs[0]!.groups).not.toBe(model.signs[0]!.groups)
    expect(translated.actions[0]!.steps[0]!.regions).not.toBe(model.actions[0]!.steps[0]!.regions)
    translated.signs[0]!.groups.push('changed')
    expect(model.signs[0]!.groups).toEqual(['breathing'])
  })

  it('throws, naming the key, when a translation is missing', () => {
    const strings = spanish(model, UNTRANSLATED_HERE)
    delete strings['signs.headache.advice']
    expect(() => applyTranslation(model, strings, UNTRANSLATED_HERE)).toThrow('missing translation for "signs.headache.advice"')
  })

  it('ignores keys English no longer has', () => {
    const strings = { ...spanish(model, UNTRANSLATED_HERE), 'signs.gone.label': 'Ya no está' }
    expect(JSON.stringify(applyTranslation(model, strings, UNTRANSLATED_HERE))).not.toContain('Ya no está')
  })

  it('translates a top-level array and an array of strings by index', () => {
    expect(applyTranslation([{ title: 'A' }, 'B'], { '0.title': 'Á', '1': 'Bé' }, NONE)).toEqual([{ title: 'Á' }, 'Bé'])
  })
})

describe('dataTranslationSchema and sourceHashOf', () => {
  it('accepts an overlay and refuses a bad hash, an empty text and any other field', () => {
    expect(dataTranslationSchema.safeParse({ sourceHash: '0123456789abcdef', strings: { a: 'b' } }).success).toBe(true)
    expect(dataTranslationSchema.safeParse({ sourceHash: '0123456789ABCDEF', strings: {} }).success).toBe(false)
    expect(dataTranslationSchema.safeParse({ sourceHash: '0123456789abcde', strings: {} }).success).toBe(false)
    expect(dataTranslationSchema.safeParse({ sourceHash: '0123456789abcdef', strings: { a: '  ' } }).success).toBe(false)
    expect(dataTranslationSchema.safeParse({ sourceHash: '0123456789abcdef', strings: {}, translatedAt: '2026-12-01' }).success).toBe(false)
  })

  it('is the first 16 hex characters of the sha256 of the text', () => {
    // sha256("abc") = ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad
    expect(sourceHashOf('abc')).toBe('ba7816bf8f01cfea')
    expect(sourceHashOf('')).toBe('e3b0c44298fc1c14')
  })
})

/** The Spanish overlays in content/es/: complete, and their result still fits each file's schema. */
describe('the Spanish data overlays', () => {
  const read = (file: string): unknown => JSON.parse(fs.readFileSync(file, 'utf8'))
  const overlay = (file: string) => dataTranslationSchema.parse(read(file))
  const triageEs = forEdition(triageModelSchema(null).parse(read('content/triage/model.json')), 'es')
  const files = [
    {
      name: 'riskFigures',
      english: read('content/tools/risk-figures.json'),
      overlay: 'content/es/tools/risk-figures.json',
      schema: riskFiguresSchema,
    },
    {
      name: 'recoveryTimeline',
      english: read('content/tools/recovery-timeline.json'),
      overlay: 'content/es/tools/recovery-timeline.json',
      schema: recoveryTimelineSchema,
    },
    {
      name: 'consultationChecklist',
      english: read('content/tools/consultation-checklist.json'),
      overlay: 'content/es/tools/consultation-checklist.json',
      schema: checklistSchema,
    },
    // The triage overlay translates the Spanish edition: the UK's regions and steps are not in it.
    {
      name: 'triageModel',
      english: triageEs,
      overlay: 'content/es/triage/model.json',
      schema: triageModelSchema(referenceKeys('.', 'content/references.json')),
    },
  ] as const

  it.each(files)(
    '$name: every key translated, none left over, and the result passes the schema',
    ({ name, english, overlay: file, schema }) => {
      const translation = overlay(file)
      expect(translationProblems(english, translation, UNTRANSLATED[name])).toEqual([])
      const translated = applyTranslation(english, translation.strings, UNTRANSLATED[name])
      expect(schema.safeParse(translated).error?.issues ?? []).toEqual([])
    },
  )

  it('translates no id, level, source or sign reference of the triage model', () => {
    const keys = [...translatableStrings(triageEs, UNTRANSLATED.triageModel).keys()]
    expect(keys.filter((key) => !/\.(label|about|advice|reason|title|text)$/.test(key))).toEqual([])
  })

  it('links the checklist to the Spanish pages', () => {
    const translation = overlay('content/es/tools/consultation-checklist.json')
    const links = Object.entries(translation.strings).filter(([key]) => key.endsWith('.link'))
    expect(links.length).toBeGreaterThan(0)
    for (const [, link] of links) expect(link).toMatch(/^\/es\/articles\/[a-z0-9-]+\/$/)
  })

  it('gives Spanish readers no UK number or service in the triage model', () => {
    const translation = overlay('content/es/triage/model.json')
    expect(Object.values(translation.strings).filter((text) => /\b(999|111)\b|\bNHS\b|A&E|Reino Unido/.test(text))).toEqual([])
  })
})
