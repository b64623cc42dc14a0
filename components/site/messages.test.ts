import { describe, expect, it } from 'vitest'
import { catalogueProblems } from '@/lib/i18n/messages'
import { mdxMessages } from '@/components/mdx/messages'
import { siteMessages } from './messages'

describe('the shared interface catalogues', () => {
  it.each([
    ['components/site/messages.ts', siteMessages],
    ['components/mdx/messages.ts', mdxMessages],
  ] as const)('%s has every English key in Spanish, with the same placeholders', (_file, catalogue) => {
    expect(catalogueProblems(catalogue)).toEqual([])
  })

  it('writes Spanish as Spanish readers read it: no UK number, no "%", no "tú"', () => {
    const spanish = [...Object.values(siteMessages.es), ...Object.values(mdxMessages.es)].join('\n')
    expect(spanish).not.toMatch(/\b(999|111)\b|NHS|%|\btú\b|\btu\b/)
  })
})
