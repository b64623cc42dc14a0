import { createElement } from 'react'
import { describe, expect, it } from 'vitest'
import { catalogueProblems } from '@/lib/i18n/messages'
import { layoutMessages } from '@/layouts/messages'
import { formatRich } from '@/lib/i18n/rich-text'
import { articleMessages } from './messages'

describe('the article and layout catalogues', () => {
  it('have every message in every edition, with the same placeholders', () => {
    expect(catalogueProblems(articleMessages)).toEqual([])
    expect(catalogueProblems(layoutMessages)).toEqual([])
  })
})

describe('formatRich', () => {
  it('fills placeholders with strings or elements, in the order the template gives', () => {
    // Text and string values join into one run of text, so hydration finds one text node where the server wrote one.
    expect(formatRich('{b} then {a}.', { a: 'A', b: 'B' })).toEqual(['B then A.'])
    const parts = formatRich('{b} then {a}.', { a: 'A', b: createElement('em', null, 'B') })
    expect(parts.filter((part) => typeof part === 'string')).toEqual([' then A.'])
    expect(parts).toHaveLength(2)
  })

  it('refuses a placeholder it has no value for', () => {
    expect(() => formatRich('Hello {name}', {})).toThrow(/no value for \{name\}/)
  })
})
