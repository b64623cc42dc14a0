import { describe, expect, it } from 'vitest'
import { checkContent, formatIssue } from '@/lib/content/rules'
import { readContentInput, readGeneratedDocuments, todayIso } from '@/lib/content/source'

describe('the real content', () => {
  const input = readContentInput(readGeneratedDocuments())

  it('passes every content rule', () => {
    expect(checkContent(input, { today: todayIso() }).map(formatIssue)).toEqual([])
  })

  it('has every article and page file on disk turned into a document', () => {
    expect(input.sourceFiles.length).toBe(
      input.articles.length + input.pages.length + input.translations.articles.length + input.translations.pages.length,
    )
    expect(input.articles.length).toBeGreaterThanOrEqual(2)
  })

  it('keeps the pages the footer and header link to', () => {
    expect(input.pages.map((page) => page.slug).sort()).toEqual(
      expect.arrayContaining(['about', 'accessibility', 'privacy', 'urgent-help']),
    )
  })
})
