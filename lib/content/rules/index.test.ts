import { describe, expect, it } from 'vitest'
import { TODAY, validInput } from '@/tests/fixtures/content-input'
import { check } from '@/tests/fixtures/expect-issue'
import { ContentError, loadContent } from '.'

describe('the content check', () => {
  it('accepts valid content', () => {
    expect(check(validInput())).toEqual([])
  })

  it('hands out every data file, checked, when every rule holds', () => {
    const data = loadContent(validInput(), { today: TODAY })
    expect(data.references.map((reference) => reference.key)).toContain('NHS-BOTOX')
    expect(data.authors.map((author) => author.id)).toEqual(['victor-beer'])
    expect(data.triageModel.signs.length).toBeGreaterThan(0)
  })

  it('refuses to hand anything out when a rule fails, naming every problem', () => {
    const input = validInput()
    input.articles[0]!.fields.topic = 'gossip'
    expect(() => loadContent(input, { today: TODAY })).toThrow(/content\/articles\/first\.mdx › topic: must be one of/)
  })

  it('formats an error that names file, field and reason', () => {
    const error = new ContentError([{ file: 'content/articles/a.mdx', field: 'topic', reason: 'must be one of: x' }])
    expect(error.message).toContain('content/articles/a.mdx › topic: must be one of: x')
  })
})
