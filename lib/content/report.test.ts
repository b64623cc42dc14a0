import { describe, expect, it } from 'vitest'
import { CARE_CARD } from '@/tests/fixtures/content-input'
import { articleReport, formatReportTable, type ReportArticle, type ReportInput, type ReportTranslation } from './report'

const TODAY = '2026-11-24'
const HASH = '0123456789abcdef'

const article = (overrides: Partial<ReportArticle> = {}): ReportArticle => ({
  slug: 'common-side-effects',
  title: 'Common side effects',
  topic: 'side-effects',
  citedKeys: ['A', 'B', 'C', 'D'],
  lastReviewed: '2026-11-24',
  nextReviewDue: '2027-11-24',
  body: { raw: `Most side effects are mild. They pass in a few days.\n\n${CARE_CARD}` },
  ...overrides,
})

const translation = (overrides: Partial<ReportTranslation> = {}): ReportTranslation => ({
  slug: 'common-side-effects',
  sourceHash: HASH,
  body: { raw: 'Casi todos los efectos son leves. Se pasan en unos días.' },
  ...overrides,
})

/** The articles, each with a current translation unless given translations. */
const input = (articles: ReportArticle[], translations?: ReportTranslation[]): ReportInput => ({
  articles,
  translations: translations ?? articles.map((each) => translation({ slug: each.slug })),
  sourceHashes: Object.fromEntries(articles.map((each) => [each.slug, HASH])),
})

const report = (articles: ReportArticle[], translations?: ReportTranslation[]) => articleReport(input(articles, translations), TODAY)

describe('articleReport', () => {
  it('measures each article and finds nothing wrong with a good one', () => {
    const [row] = report([article()])
    expect(row).toMatchObject({ slug: 'common-side-effects', references: 4, problems: [] })
    expect(row?.readability.sentences).toBe(4)
  })

  it('counts distinct references and asks for 4, or 2 in the questions topic', () => {
    expect(report([article({ citedKeys: ['A', 'B', 'B'] })])[0]?.problems).toEqual(['cites 2 distinct references, fewer than 4'])
    expect(report([article({ slug: 'faq', topic: 'questions', citedKeys: ['A', 'B'] })])[0]?.problems).toEqual([])
  })

  it('fails an article whose review date has passed', () => {
    expect(report([article({ nextReviewDue: '2026-11-23' })])[0]?.problems).toEqual([expect.stringMatching(/^the review was due on 2026-11-23/)])
    expect(report([article({ nextReviewDue: '2026-11-24' })])[0]?.problems).toEqual([])
  })

  it('fails hard prose and an article without a care card', () => {
    const body = 'Iatrogenic blepharoptosis, consequent upon unintended diffusion of neuromodulatory agents, necessitates ophthalmological evaluation.'
    const [problem, careCard] = report([article({ body: { raw: body } })])[0]?.problems ?? []
    expect(problem).toMatch(/^grade .* is above 8$/)
    expect(careCard).toMatch(/^has no care card/)
  })
})

describe('articleReport: the Spanish translation', () => {
  it('measures a current translation and finds nothing wrong with a good one', () => {
    const spanish = report([article()])[0]?.spanish
    expect(spanish).toMatchObject({ status: 'current', problems: [] })
    expect(spanish?.readability).toMatchObject({ band: 'muy fácil', sentences: 2, words: 11, averageSentenceWords: 5.5 })
    expect(spanish?.readability?.inflesz).toBeGreaterThan(80)
  })

  it('fails a translation made from an older version of the English file', () => {
    const spanish = report([article()], [translation({ sourceHash: 'fedcba9876543210' })])[0]?.spanish
    expect(spanish?.status).toBe('stale')
    expect(spanish?.problems).toEqual([
      `the Spanish translation is out of date: it translates content/articles/common-side-effects.mdx as it was (fedcba9876543210), and that file has changed since (${HASH})`,
    ])
    expect(report([article()], [translation({ sourceHash: undefined })])[0]?.spanish.status).toBe('stale')
  })

  it('fails an article with no translation, unless it is a draft', () => {
    const [row] = report([article()], [translation({ slug: 'another-article' })])
    expect(row?.spanish).toEqual({ status: 'missing', problems: ['has no Spanish translation: content/es/articles/common-side-effects.mdx is missing'] })
    expect(row?.problems).toEqual([])
    expect(report([article({ draft: true })], [])[0]?.spanish).toEqual({ status: 'missing', problems: [] })
  })

  it('fails Spanish prose below INFLESZ 55, and a Spanish sentence over 30 words', () => {
    const hard =
      'La blefaroptosis iatrogénica, consecuencia de la difusión involuntaria de agentes neuromoduladores, requiere una evaluación oftalmológica especializada.'
    const hardRow = report([article()], [translation({ body: { raw: hard } })])[0]
    expect(hardRow?.spanish.readability?.inflesz).toBeLessThan(55)
    expect(hardRow?.spanish.status).toBe('current')
    expect(hardRow?.spanish.problems).toEqual([expect.stringMatching(/^in Spanish, INFLESZ .* is below 55 \("normal"\)$/)])
    expect(hardRow?.problems).toEqual([])

    const long = `${Array.from({ length: 31 }, () => 'sí').join(' ')}.`
    expect(report([article()], [translation({ body: { raw: long } })])[0]?.spanish.problems).toEqual([
      expect.stringMatching(/^in Spanish, a sentence has 31 words, above 30/),
    ])
  })
})

describe('formatReportTable', () => {
  it('prints a Markdown table with one row per article, sorted by slug', () => {
    const table = formatReportTable(report([article({ slug: 'b-article' }), article({ slug: 'a-article', citedKeys: [] })]))
    const lines = table.split('\n')
    expect(lines[0]).toMatch(
      /^\| Article +\| Grade \| Avg sentence \| Longest \| Words \| Refs \| Last reviewed \| Next review \| Status \| INFLESZ +\| ES avg sentence \| ES longest \| ES words \| Translation \| ES status \|$/,
    )
    expect(lines[1]).toMatch(/^\|-+\|/)
    expect(lines[2]).toMatch(/^\| a-article .*\| 0 +\| 2026-11-24 +\| 2027-11-24 +\| FAIL +\| .*\| current +\| ok +\|$/)
    expect(lines[3]).toMatch(/^\| b-article .*\| 4 +\| .*\| ok +\| .*\| current +\| ok +\|$/)
    expect(lines).toHaveLength(4)
  })

  it('shows each translation beside its English article: its INFLESZ and band, sentences, words and status', () => {
    const hard = 'La blefaroptosis iatrogénica requiere una evaluación oftalmológica especializada.'
    const rows = report(
      [article({ slug: 'a-current' }), article({ slug: 'b-stale' }), article({ slug: 'c-missing' }), article({ slug: 'd-hard' })],
      [
        translation({ slug: 'a-current' }),
        translation({ slug: 'b-stale', sourceHash: 'fedcba9876543210' }),
        translation({ slug: 'd-hard', body: { raw: hard } }),
      ],
    )
    const [, , current, stale, missing, hardLine] = formatReportTable(rows).split('\n')
    expect(current).toMatch(/\| ok +\| \d+\.\d \(muy fácil\) +\| 5\.5 +\| 6 +\| 11 +\| current +\| ok +\|$/)
    expect(stale).toMatch(/\| ok +\| \d+\.\d \(muy fácil\) +\| 5\.5 +\| 6 +\| 11 +\| stale +\| FAIL +\|$/)
    expect(missing).toMatch(/\| ok +\| — +\| — +\| — +\| — +\| missing +\| FAIL +\|$/)
    expect(hardLine).toMatch(/\| ok +\| -?\d+\.\d \((muy|algo) difícil\) +\| 8\.0 +\| 8 +\| 8 +\| current +\| FAIL +\|$/)
  })
})
