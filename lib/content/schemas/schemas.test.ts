import fs from 'node:fs'
import { describe, expect, it } from 'vitest'
import { authorSchema } from './author'
import { isoDate } from './primitives'
import { referenceLibrarySchema } from './references'

const realAuthor = JSON.parse(fs.readFileSync('content/authors/victor-beer.json', 'utf8'))
const realReferences = JSON.parse(fs.readFileSync('content/references.json', 'utf8'))

function fieldErrors(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return (result.error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`)
}

describe('author profile schema', () => {
  it("accepts Dr. Beer's real profile", () => {
    const parsed = authorSchema.parse(realAuthor)
    expect(parsed.specialties).toEqual(['Botox treatments', 'Cosmetic dermatology', 'Medical dermatology', 'Research'])
  })
  it('rejects a missing name', () => {
    const withoutName = { ...realAuthor }
    delete withoutName.name
    expect(fieldErrors(authorSchema.safeParse(withoutName))).toEqual([expect.stringMatching(/^name: /)])
  })
  it('rejects an empty list of credentials', () => {
    expect(fieldErrors(authorSchema.safeParse({ ...realAuthor, credentials: [] }))).toEqual(['credentials: must list at least one credential'])
  })
  it('rejects a profile link that is not a web address', () => {
    expect(fieldErrors(authorSchema.safeParse({ ...realAuthor, sameAs: ['javascript:alert(1)'] }))).toEqual(['sameAs.0: must be a full http(s) address'])
  })
  it('rejects a professional body with an invalid link', () => {
    const profile = { ...realAuthor, professionalBodies: { summary: 'x', memberships: [{ name: 'A society', url: 'ftp://a.example' }] } }
    expect(fieldErrors(authorSchema.safeParse(profile))).toEqual(['professionalBodies.memberships.0.url: must be a full http(s) address'])
  })
  it('rejects a field the site does not know (a typo would otherwise be silently ignored)', () => {
    expect(fieldErrors(authorSchema.safeParse({ ...realAuthor, specialities: ['x'] }))[0]).toMatch(/specialities/)
  })
  it('reads the Spanish job title from the real profile', () => {
    expect(authorSchema.parse(realAuthor).translations?.es?.jobTitle).toBe('Dermatólogo')
  })
  it('accepts a profile without translations (the English words are shown in every edition)', () => {
    const withoutTranslations = { ...realAuthor }
    delete withoutTranslations.translations
    expect(authorSchema.parse(withoutTranslations).translations).toBeUndefined()
  })
  it('rejects an empty Spanish job title and a language the site does not have', () => {
    expect(fieldErrors(authorSchema.safeParse({ ...realAuthor, translations: { es: { jobTitle: ' ' } } }))).toEqual([
      'translations.es.jobTitle: must not be empty',
    ])
    expect(fieldErrors(authorSchema.safeParse({ ...realAuthor, translations: { fr: { jobTitle: 'Dermatologue' } } }))[0]).toMatch(/fr/)
    expect(fieldErrors(authorSchema.safeParse({ ...realAuthor, translations: { es: { title: 'Dermatólogo' } } })).join('\n')).toMatch(/"title"/)
  })
  it('rejects a translated list that does not say as many things as the English one', () => {
    const es = { ...realAuthor.translations!.es!, bio: ['Un solo párrafo.'] }
    expect(fieldErrors(authorSchema.safeParse({ ...realAuthor, translations: { es } }))).toEqual([
      `translations.es.bio: has 1 entries, but bio has ${realAuthor.bio.length}: translate each one`,
    ])
  })
  it('rejects an id that is not a slug', () => {
    expect(fieldErrors(authorSchema.safeParse({ ...realAuthor, id: 'Victor Beer' }))).toEqual(['id: must be lowercase words joined by hyphens'])
  })
})

describe('reference library schema', () => {
  it('accepts the real reference library', () => {
    expect(referenceLibrarySchema.parse(realReferences).length).toBeGreaterThan(40)
  })
  it('rejects a lower-case key', () => {
    expect(fieldErrors(referenceLibrarySchema.safeParse([{ ...realReferences[0], key: 'nhs' }]))[0]).toMatch(/^0\.key: must be an upper-case citation key/)
  })
  it('rejects a year that is not a whole number', () => {
    expect(fieldErrors(referenceLibrarySchema.safeParse([{ ...realReferences[0], year: '2024' }]))[0]).toMatch(/^0\.year: /)
  })
})

describe('dates', () => {
  it('accepts a plain calendar date and returns it unchanged', () => {
    expect(isoDate.parse('2026-11-24')).toBe('2026-11-24')
  })
  it('rejects 30 February', () => {
    expect(isoDate.safeParse('2026-02-30').success).toBe(false)
  })
  it('rejects a date in another format', () => {
    expect(isoDate.safeParse('24/11/2026').success).toBe(false)
  })
})
