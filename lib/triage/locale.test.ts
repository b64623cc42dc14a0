import { describe, expect, it } from 'vitest'
import { actionSteps, sentenceText } from './engine'
import { readTriageModelJson, referenceKeys, REFERENCES_FILE, TRIAGE_MODEL_FILE } from './load'
import { forEdition, inEdition } from './locale'
import { parseTriageModel, triageModelFileSchema, triageModelIssues, triageModelSchema, type TriageModel } from './schema'

const keys = referenceKeys('.', REFERENCES_FILE)
const raw = () => structuredClone(readTriageModelJson()) as TriageModel
const full = triageModelSchema(keys).parse(raw())
const en = forEdition(full, 'en')
const es = forEdition(full, 'es')

const stepIds = (model: TriageModel) => Object.fromEntries(model.actions.map((action) => [action.id, action.steps.map((step) => step.id)]))
const stepsText = (model: TriageModel, actionId: string, region?: string) =>
  actionSteps(model, actionId, region)
    .map((step) => sentenceText(model, step.sentence))
    .join(' ')

describe('forEdition', () => {
  it('keeps an item without locales in every edition, and one with locales only in those', () => {
    expect(inEdition({}, 'en')).toBe(true)
    expect(inEdition({}, 'es')).toBe(true)
    expect(inEdition({ locales: ['en'] }, 'es')).toBe(false)
    expect(inEdition({ locales: ['en', 'es'] }, 'es')).toBe(true)
  })

  it('gives the English edition exactly the regions and steps English showed before editions', () => {
    expect(en.regions).toEqual([
      { id: 'us', label: 'United States' },
      { id: 'uk', label: 'United Kingdom' },
      { id: 'eu', label: 'European Union' },
    ])
    expect(stepIds(en)).toEqual({
      'call-emergency-number': ['us', 'uk', 'eu', 'tell-them', 'do-not-wait'],
      'medical-advice-today': ['clinic-or-doctor', 'uk-111', 'us-urgent-care', 'eu-emergency-department'],
      'medical-care-not-injector': ['not-injector', 'us', 'uk', 'eu', 'tell-them'],
      'contact-clinic': ['clinic', 'uk-111'],
      'own-doctor': ['own-doctor', 'uk-111'],
    })
    expect(stepsText(en, 'call-emergency-number')).toMatch(/call 911[\s\S]*call 999[\s\S]*call 112/)
    expect(stepsText(en, 'call-emergency-number')).not.toMatch(/Mexico|your country's emergency number/)
  })

  it("gives the Spanish edition 911 for the US and Mexico, 112 for the EU and the reader's own number elsewhere, and nothing of the UK", () => {
    expect(es.regions.map((region) => region.id)).toEqual(['us', 'mx', 'eu', 'other'])
    expect(stepIds(es)).toEqual({
      'call-emergency-number': ['us-mx', 'eu', 'other', 'tell-them', 'do-not-wait'],
      'medical-advice-today': ['clinic-or-doctor', 'us-urgent-care', 'eu-emergency-department', 'mx-other-emergency-department'],
      'medical-care-not-injector': ['not-injector', 'us', 'eu', 'mx-other', 'tell-them'],
      'contact-clinic': ['clinic'],
      'own-doctor': ['own-doctor'],
    })
    expect(stepsText(es, 'call-emergency-number', 'mx')).toMatch(/\b911\b/)
    expect(stepsText(es, 'call-emergency-number', 'us')).toMatch(/\b911\b/)
    expect(stepsText(es, 'call-emergency-number', 'eu')).toMatch(/\b112\b/)
    expect(stepsText(es, 'call-emergency-number', 'other')).toMatch(/your country's emergency number/)
    const everyStep = es.actions.flatMap((action) => action.steps.map((step) => step.text)).join(' ')
    expect(everyStep).not.toMatch(/\b(999|111)\b|\bUK\b|NHS|A&E/)
  })

  it('drops the locales marks, and leaves the model it was given unchanged', () => {
    const before = structuredClone(full)
    const text = JSON.stringify([en, es])
    expect(text).not.toContain('"locales"')
    expect(full).toEqual(before)
    expect(full.regions.find((region) => region.id === 'uk')?.locales).toEqual(['en'])
  })

  it('keeps everything other than regions and steps as it is', () => {
    const withoutRegionsAndSteps = (model: TriageModel) => ({
      ...model,
      regions: [],
      actions: model.actions.map((action) => ({ ...action, steps: [] })),
    })
    expect(withoutRegionsAndSteps(en)).toEqual(withoutRegionsAndSteps(full))
    expect(withoutRegionsAndSteps(es)).toEqual(withoutRegionsAndSteps(full))
  })

  it('throws when a kept step names a region the edition does not have', () => {
    const model = structuredClone(full)
    model.actions[0]!.steps.push({ id: 'uk-everyone', regions: ['uk'], text: 'In the UK, call 999.' })
    expect(() => forEdition(model, 'es')).toThrow(
      /step "uk-everyone" of action "call-emergency-number" is in the es edition, but its region "uk" is not/,
    )
  })

  it('is what the content registry and the loader give by default: the English edition', () => {
    expect(triageModelFileSchema.parse(raw())).toEqual(en)
    expect(parseTriageModel(TRIAGE_MODEL_FILE, raw(), keys)).toEqual(en)
    expect(parseTriageModel(TRIAGE_MODEL_FILE, raw(), keys, 'es')).toEqual(es)
  })
})

describe('the schema of locales', () => {
  const issues = (data: unknown) => triageModelIssues(TRIAGE_MODEL_FILE, data, keys).map((issue) => `${issue.field}: ${issue.reason}`)

  it('accepts the model as it is', () => {
    expect(issues(raw())).toEqual([])
  })

  it('refuses an unknown edition and an empty list', () => {
    const data = raw()
    ;(data.regions[0] as Record<string, unknown>).locales = ['fr']
    ;(data.actions[0]!.steps[0] as Record<string, unknown>).locales = []
    expect(issues(data)).toEqual([
      'regions.0.locales.0: must be one of: en, es',
      'actions.0.steps.0.locales: must name at least one edition; leave "locales" out for every edition',
    ])
  })

  it('refuses a step in an edition whose region is not', () => {
    const data = raw()
    const action = data.actions.findIndex((item) => item.id === 'medical-advice-today')
    const step = data.actions[action]!.steps.findIndex((item) => item.id === 'uk-111')
    delete data.actions[action]!.steps[step]!.locales
    expect(issues(data)).toEqual([
      `actions.${action}.steps.${step}.regions.0: region "uk" is not in the "es" edition, but this step is: give the step "locales" that leave that edition out`,
    ])
  })

  it('refuses an action with no step, or a model with no region, in some edition', () => {
    const data = raw()
    const action = data.actions.findIndex((item) => item.id === 'own-doctor')
    for (const step of data.actions[action]!.steps) step.locales = ['en']
    data.regions = data.regions.map((region) => ({ ...region, locales: ['en'] }))
    for (const item of data.actions) for (const step of item.steps) if (step.regions) step.locales = ['en']
    expect(issues(data)).toEqual([
      'regions: must list at least one region for the "es" edition',
      `actions.${action}.steps: must have at least one step for the "es" edition`,
    ])
  })
})
