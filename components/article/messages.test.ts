import { describe, expect, it } from 'vitest'
import { catalogueProblems } from '@/lib/i18n/messages'
import { layoutMessages } from '@/layouts/messages'
import { formatParts } from './format-parts'
import { articleMessages } from './messages'

describe('the article and layout catalogues', () => {
  it('have every message in every edition, with the same placeholders', () => {
    expect(catalogueProblems(articleMessages)).toEqual([])
    expect(catalogueProblems(layoutMessages)).toEqual([])
  })
})

describe('formatParts', () => {
  it('fills placeholders with strings or elements, in the order the template gives', () => {
    const parts = formatParts('{b} then {a}.', { a: 'A', b: 'B' })
    expect(parts.filter((part) => typeof part === 'string')).toEqual([' then ', '.'])
    expect(parts).toHaveLength(4)
  })

  it('refuses a placeholder it has no value for', () => {
    expect(() => formatParts('Hello {name}', {})).toThrow(/no value for \{name\}/)
  })
})
