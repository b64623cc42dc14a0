import fs from 'node:fs'
import { describe, expect, it } from 'vitest'
import { checkContent, formatIssue } from '@/lib/content/rules'
import { readContentInput, todayIso, type GeneratedDocument } from '@/lib/content/source'

// Reads what `contentlayer2 build` generated (npm test runs it first), exactly as the build does.
const readIndex = (type: string) =>
  JSON.parse(fs.readFileSync(`.contentlayer/generated/${type}/_index.json`, 'utf8')) as GeneratedDocument[]

describe('the real content', () => {
  const input = readContentInput({ articles: readIndex('Article'), pages: readIndex('Page') })

  it('passes every content rule', () => {
    expect(checkContent(input, { today: todayIso() }).map(formatIssue)).toEqual([])
  })

  it('has every article and page file on disk turned into a document', () => {
    expect(input.sourceFiles.length).toBe(input.articles.length + input.pages.length)
    expect(input.articles.length).toBeGreaterThanOrEqual(2)
  })

  it('keeps the pages the footer and header link to', () => {
    expect(input.pages.map((page) => page.slug).sort()).toEqual(
      expect.arrayContaining(['about', 'accessibility', 'privacy', 'urgent-help']),
    )
  })
})
