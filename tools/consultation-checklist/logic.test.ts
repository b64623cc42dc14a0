import fs from 'node:fs'
import { describe, expect, it } from 'vitest'
import { allItemIds, checklistAsText, checklistSources, parseTicked } from './logic'
import { checklistSchema } from './schema'

const raw = JSON.parse(fs.readFileSync('content/tools/consultation-checklist.json', 'utf8'))
const checklist = checklistSchema.parse(raw)
const issuesOf = (data: unknown) =>
  checklistSchema.safeParse(data).error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? []

describe('consultation checklist data', () => {
  it('covers conditions, allergies, medicines, pregnancy and the questions to ask', () => {
    const ids = allItemIds(checklist)
    for (const id of [
      'nerve-muscle',
      'allergies',
      'antibiotics',
      'muscle-relaxants',
      'pregnancy',
      'training',
      'product',
      'risks',
      'if-wrong',
    ])
      expect(ids).toContain(id)
  })
  it('rejects a link that is not a site path', () => {
    const sections = [{ ...raw.sections[0], items: [{ ...raw.sections[0].items[0], link: 'https://example.com/' }] }]
    expect(issuesOf({ ...raw, sections })).toEqual([
      'sections.0.items.0.link: must be a site path ending in "/", with an optional #section',
    ])
  })
  it("accepts a link to a Spanish page's heading, whose id keeps its accents", () => {
    const sections = [{ ...raw.sections[0], items: [{ ...raw.sections[0].items[0], link: '/es/articles/x/#qué-es-la-ptosis' }] }]
    expect(issuesOf({ ...raw, sections })).toEqual([])
  })
  it('rejects an item without a source', () => {
    const sections = [{ ...raw.sections[0], items: [{ ...raw.sections[0].items[0], sources: [] }] }]
    expect(issuesOf({ ...raw, sections })).toEqual(['sections.0.items.0.sources: must name at least one source'])
  })
  it('rejects the same item id twice', () => {
    const sections = [{ ...raw.sections[0], items: [raw.sections[0].items[0], raw.sections[0].items[0]] }]
    expect(issuesOf({ ...raw, sections })).toEqual(['sections.0.items.1.id: "nerve-muscle" is used twice'])
  })
})

describe('saved ticks', () => {
  it('reads back what was saved', () => {
    expect(parseTicked('["pregnancy","training"]', checklist)).toEqual(['pregnancy', 'training'])
  })
  it('drops unknown ids, repeats, and anything that is not a list of strings', () => {
    expect(parseTicked('["pregnancy","gone","pregnancy",3]', checklist)).toEqual(['pregnancy'])
    expect(parseTicked('{"a":1}', checklist)).toEqual([])
    expect(parseTicked('not json', checklist)).toEqual([])
    expect(parseTicked(null, checklist)).toEqual([])
  })
})

describe('copy as text', () => {
  it('writes one line per item and marks the ticked ones', () => {
    const text = checklistAsText(checklist, ['pregnancy'], 'My Botox consultation checklist')
    expect(text.startsWith('My Botox consultation checklist\n\nTell them about your health\n')).toBe(true)
    expect(text).toContain('[x] Being pregnant, planning a pregnancy or breastfeeding')
    expect(text).toContain('[ ] Heart disease')
    expect(text.split('\n').filter((line) => line.startsWith('['))).toHaveLength(allItemIds(checklist).length)
  })
  it('lists each source once', () => {
    const keys = checklistSources(checklist)
    expect(new Set(keys).size).toBe(keys.length)
  })
})
