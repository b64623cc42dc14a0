import { describe, expect, it } from 'vitest'
import { articleBody, articleTranslation, spanishArticleBody, TODAY, validInput } from '@/tests/fixtures/content-input'
import { checkContent, formatIssue } from '.'

const problems = (input = validInput()) => checkContent(input, { today: TODAY }).map(formatIssue)

describe('translation rules', () => {
  it('pass the valid fixture', () => {
    expect(problems()).toEqual([])
  })

  it('fail a stale translation, naming both files and the hash to set once it is brought up to date', () => {
    const input = validInput()
    input.sourceHashes['content/articles/first.mdx'] = 'fedcba9876543210'
    expect(problems(input)).toEqual([
      expect.stringMatching(
        /^content\/es\/articles\/first\.mdx › sourceHash: is out of date: it translates content\/articles\/first\.mdx as it was \(0123456789abcdef\).*Bring content\/es\/articles\/first\.mdx up to date with content\/articles\/first\.mdx.*"fedcba9876543210"/,
      ),
    ])
  })

  it('fail an English document without a translation, and a translation without an English source', () => {
    const input = validInput()
    input.translations.articles = input.translations.articles.filter((doc) => doc.slug !== 'second')
    input.sourceFiles = input.sourceFiles.filter((file) => file !== 'content/es/articles/second.mdx')
    input.translations.articles.push(articleTranslation('gone'))
    expect(problems(input)).toEqual([
      'content/es/articles/second.mdx › (document): is missing: content/articles/second.mdx has no Spanish translation, and every page is published in both editions',
      'content/es/articles/gone.mdx › (document): translates content/articles/gone.mdx, which does not exist: remove the translation or restore the English file',
    ])
  })

  it('fail different citations, a changed care card and an English link', () => {
    const input = validInput()
    input.translations.articles[0] = articleTranslation(
      'first',
      {},
      spanishArticleBody()
        .replace('<Cite source="BAD-LEAFLET" />', '')
        .replace('level="urgent"', 'level="routine"')
        .replace('Un texto corto.', 'Vea [la ayuda urgente](/urgent-help/).'),
    )
    const found = problems(input).filter((problem) => problem.startsWith('content/es/articles/first.mdx'))
    expect(found).toEqual([
      expect.stringContaining('› body: cites [FDA-LABEL, KING-2016-JCAD, NHS-BOTOX], but content/articles/first.mdx cites [BAD-LEAFLET, FDA-LABEL, KING-2016-JCAD, NHS-BOTOX]'),
      expect.stringContaining('› body: its care cards, risk figures and timelines differ from content/articles/first.mdx (first difference at component 1'),
      'content/es/articles/first.mdx › body: links to /urgent-help/, an English page: link to its Spanish twin /es/urgent-help/',
    ])
  })

  it('fail review dates that differ from the English, and hard Spanish', () => {
    const input = validInput()
    const hard = articleBody({
      first:
        'La administración intramuscular de neurotoxina botulínica ocasiona excepcionalmente complicaciones sistémicas.<Cite source="NHS-BOTOX" /><Cite source="FDA-LABEL" />',
      second: 'Consecuentemente, la farmacovigilancia institucional recomienda notificación inmediata.<Cite source="KING-2016-JCAD" /><Cite source="BAD-LEAFLET" />',
    })
    input.translations.articles[1] = articleTranslation('second', { reviewChanges: [] }, hard)
    const found = problems(input)
    expect(found).toContainEqual(
      'content/es/articles/second.mdx › reviewChanges: has entries dated [], but content/articles/second.mdx has [2026-02-01]',
    )
    expect(found).toContainEqual(expect.stringMatching(/^content\/es\/articles\/second\.mdx › body: INFLESZ .* is below 55/))
  })

  it('check the translation frontmatter: the hash form, and a review date only with a reviewer', () => {
    const input = validInput()
    input.translations.articles[0] = articleTranslation('first', { sourceHash: 'abc', translationReviewedAt: '2026-03-01' })
    input.translations.articles[1] = articleTranslation('second', { translationReviewedAt: '2026-03-01' })
    expect(problems(input)).toEqual([
      expect.stringMatching(/^content\/es\/articles\/first\.mdx › sourceHash: must be the first 16 hex characters/),
      'content/es/articles/second.mdx › translationReviewedAt: is set, but translationReviewer is not: say who reviewed the translation',
    ])
  })
})
