import { describe, expect, it } from 'vitest'
import { checkContent, ContentError, formatIssue, type ContentInput, type ContentIssue } from './index'
import { TODAY, article, validInput, validAuthor } from '@/tests/fixtures/content-input'

const check = (input: ContentInput) => checkContent(input, { today: TODAY })

/** Asserts exactly one problem, in the given file and field, for the given reason. */
function expectSingleIssue(issues: ContentIssue[], file: string, field: string, reason: RegExp) {
  expect(issues.map(formatIssue)).toHaveLength(1)
  expect(issues[0]).toMatchObject({ file, field })
  expect(issues[0]?.reason).toMatch(reason)
}

function withArticle(fields: Record<string, unknown>, bodyRaw?: string): ContentInput {
  const input = validInput()
  input.articles[1] = article('second', fields, bodyRaw)
  return input
}

const SECOND = 'content/articles/second.mdx'

describe('content rules', () => {
  it('accept valid content', () => {
    expect(check(validInput())).toEqual([])
  })

  describe('article frontmatter', () => {
    it('rejects a missing title', () => {
      expectSingleIssue(check(withArticle({ title: undefined })), SECOND, 'title', /string/i)
    })
    it('rejects a description over 160 characters', () => {
      expectSingleIssue(check(withArticle({ description: 'x'.repeat(161) })), SECOND, 'description', /at most 160 characters/)
    })
    it('rejects a topic outside the fixed list', () => {
      expectSingleIssue(check(withArticle({ topic: 'gossip' })), SECOND, 'topic', /must be one of: side-effects, complications/)
    })
    it('rejects fewer than 3 key points', () => {
      expectSingleIssue(check(withArticle({ keyPoints: ['Only one.'] })), SECOND, 'keyPoints', /3 to 5 key points/)
    })
    it('rejects more than 5 key points', () => {
      expectSingleIssue(check(withArticle({ keyPoints: ['1', '2', '3', '4', '5', '6'] })), SECOND, 'keyPoints', /3 to 5 key points/)
    })
    it('rejects an impossible date', () => {
      expectSingleIssue(check(withArticle({ publishedAt: '2026-02-30' })), SECOND, 'publishedAt', /not a real calendar date/)
    })
    it('rejects a date that is not a date', () => {
      expectSingleIssue(check(withArticle({ lastReviewed: 'last week' })), SECOND, 'lastReviewed', /YYYY-MM-DD/)
    })
  })

  describe('review dates', () => {
    it('rejects a last review before publication', () => {
      expectSingleIssue(check(withArticle({ lastReviewed: '2026-01-01' })), SECOND, 'lastReviewed', /must not be before publishedAt/)
    })
    it('rejects a next review that is not after the last review', () => {
      expectSingleIssue(check(withArticle({ lastReviewed: TODAY, nextReviewDue: TODAY })), SECOND, 'nextReviewDue', /must be after lastReviewed/)
    })
    it('rejects a next review more than 3 years after the last review', () => {
      expectSingleIssue(check(withArticle({ nextReviewDue: '2029-02-02' })), SECOND, 'nextReviewDue', /within 3 years of lastReviewed, by 2029-02-01/)
    })
    it('accepts a next review exactly 3 years after the last review', () => {
      expect(check(withArticle({ nextReviewDue: '2029-02-01' }))).toEqual([])
    })
    it('rejects an overdue review', () => {
      const input = withArticle({ publishedAt: '2024-01-01', lastReviewed: '2024-01-01', nextReviewDue: '2026-05-31' })
      expectSingleIssue(check(input), SECOND, 'nextReviewDue', /the review was due on 2026-05-31/)
    })
    it('rejects a last review in the future', () => {
      expectSingleIssue(check(withArticle({ lastReviewed: '2026-06-02' })), SECOND, 'lastReviewed', /in the future/)
    })
  })

  describe('people, sources and links', () => {
    it('rejects an unknown author', () => {
      expectSingleIssue(check(withArticle({ author: 'jane-doe' })), SECOND, 'author', /"jane-doe" has no profile in content\/authors/)
    })
    it('rejects an unknown reviewer', () => {
      expectSingleIssue(check(withArticle({ reviewer: 'jane-doe' })), SECOND, 'reviewer', /"jane-doe" has no profile/)
    })
    it('rejects a citation key missing from the reference library', () => {
      const body = '## One\n\nA.<Cite source="NHS-BOTOX" />\n\n## Two\n\nB.<Cite source="MADE-UP-2020" />'
      const issues = check(withArticle({ citations: ['NHS-BOTOX', 'MADE-UP-2020'] }, body))
      expectSingleIssue(issues, SECOND, 'citations.1', /"MADE-UP-2020" is not in content\/references.json/)
    })
    it('rejects a key cited in the body but not listed in citations', () => {
      const issues = check(withArticle({ citations: ['NHS-BOTOX'] }))
      expectSingleIssue(issues, SECOND, 'citations', /the body cites "KING-2016-JCAD" but the citations list does not include it/)
    })
    it('rejects a listed citation that the body never cites', () => {
      const body = '## One\n\nA.<Cite source="NHS-BOTOX" />\n\n## Two\n\nB.'
      expectSingleIssue(check(withArticle({}, body)), SECOND, 'citations.1', /listed but never cited/)
    })
    it('rejects a related slug that does not exist', () => {
      expectSingleIssue(check(withArticle({ related: ['nowhere'] })), SECOND, 'related.0', /no article has the slug "nowhere"/)
    })
    it('rejects an article related to itself', () => {
      expectSingleIssue(check(withArticle({ related: ['second'] })), SECOND, 'related.0', /cannot be related to itself/)
    })
  })

  describe('documents and bodies', () => {
    it('rejects two articles with the same slug', () => {
      const input = validInput()
      const copy = article('first')
      copy.file = 'content/articles/archive/first.mdx'
      input.articles.push(copy)
      input.sourceFiles.push(copy.file)
      expectSingleIssue(check(input), 'content/articles/archive/first.mdx', 'slug', /"first" is already used by content\/articles\/first.mdx/)
    })
    it('rejects an empty body', () => {
      expectSingleIssue(check(withArticle({ citations: ['NHS-BOTOX'] }, '   \n')), SECOND, 'body', /is empty/)
    })
    it('rejects a level-1 heading in the body', () => {
      const body = '# Second title\n\n## One\n\nA.<Cite source="NHS-BOTOX" />\n\n## Two\n\nB.<Cite source="KING-2016-JCAD" />'
      expectSingleIssue(check(withArticle({}, body)), SECOND, 'body', /level-1 heading/)
    })
    it('rejects an article without at least two sections', () => {
      const body = '## Only\n\nA.<Cite source="NHS-BOTOX" /> B.<Cite source="KING-2016-JCAD" />'
      expectSingleIssue(check(withArticle({}, body)), SECOND, 'body', /at least 2 sections/)
    })
    it('reports a source file that contentlayer did not turn into a document', () => {
      const input = validInput()
      input.sourceFiles.push('content/articles/lost.mdx')
      expectSingleIssue(check(input), 'content/articles/lost.mdx', '(document)', /would be missing from the site/)
    })
    it('rejects a page with a description over 160 characters', () => {
      const input = validInput()
      input.pages[0]!.fields.description = 'y'.repeat(161)
      expectSingleIssue(check(input), 'content/pages/about.mdx', 'description', /at most 160/)
    })
  })

  describe('author profiles and the reference library', () => {
    it('rejects an author profile with an invalid field, naming the field path', () => {
      const input = validInput()
      input.authors[0]!.data = { ...validAuthor, specialties: [] }
      // The articles then name an author that failed validation too.
      const issues = check(input)
      expect(issues[0]).toMatchObject({ file: 'content/authors/victor-beer.json', field: 'specialties' })
      expect(issues[0]?.reason).toMatch(/at least one specialty/)
    })
    it('rejects an author whose id does not match the file name', () => {
      const input = validInput()
      input.authors[0]!.file = 'content/authors/v-beer.json'
      const issues = check(input).filter((issue) => issue.file.includes('authors'))
      expectSingleIssue(issues, 'content/authors/v-beer.json', 'id', /must match the file name \("v-beer"\)/)
    })
    it('rejects a reference library entry with a bad URL', () => {
      const input = validInput()
      ;(input.references.data as { url: string }[])[1]!.url = 'not a url'
      const issues = check(input).filter((issue) => issue.file === 'content/references.json')
      expectSingleIssue(issues, 'content/references.json', '1.url', /full http\(s\) address/)
    })
    it('rejects a citation key listed twice in the reference library', () => {
      const input = validInput()
      const refs = input.references.data as { key: string }[]
      refs.push({ ...(refs[0] as object), key: 'NHS-BOTOX' } as { key: string })
      expectSingleIssue(check(input), 'content/references.json', '2.key', /"NHS-BOTOX" is listed twice/)
    })
  })

  describe('risk figures', () => {
    const withFigure = (id: string) =>
      '## One\n\nA.<Cite source="NHS-BOTOX" />\n\n## Two\n\nB.<Cite source="KING-2016-JCAD" />\n\n<RiskFigure id="' + id + '" />'
    it('accept a figure whose source the text cites', () => {
      expect(check(withArticle({}, withFigure('drooping-eyelid')))).toEqual([])
    })
    it('reject a figure id that is not in the figure data', () => {
      expectSingleIssue(check(withArticle({}, withFigure('made-up'))), SECOND, 'body', /<RiskFigure id="made-up" \/> is not in content\/tools\/risk-figures.json/)
    })
    it('reject a figure whose source the text does not cite', () => {
      const body = '## One\n\nA.<Cite source="NHS-BOTOX" />\n\n## Two\n\n<RiskFigure id="drooping-eyelid" />'
      const issues = check(withArticle({ citations: ['NHS-BOTOX'] }, body))
      expectSingleIssue(issues, SECOND, 'body', /needs its source "KING-2016-JCAD" cited in the text/)
    })
    it('reject figure data with a bad field, naming file and field', () => {
      const input = validInput()
      ;(input.riskFigures.data as { placebo: { percent: number } }[])[0]!.placebo.percent = -1
      expectSingleIssue(check(input), 'content/tools/risk-figures.json', '0.placebo.percent', /too small|>=0/i)
    })
    it('reject a figure whose source is not in the reference library', () => {
      const input = validInput()
      ;(input.riskFigures.data as { source: string }[])[0]!.source = 'NOT-A-KEY'
      expectSingleIssue(check(input), 'content/tools/risk-figures.json', '0.source', /"NOT-A-KEY" is not in content\/references.json/)
    })
  })

  describe('recovery timeline', () => {
    const withTimeline = (cites: string) => `## One\n\n${cites}\n\n## Two\n\n<RecoveryTimeline />`
    it('accept a timeline when the text cites all its sources', () => {
      const body = withTimeline('A.<Cite source="NHS-BOTOX" /> B.<Cite source="KING-2016-JCAD" />')
      expect(check(withArticle({}, body))).toEqual([])
    })
    it('reject a timeline whose sources the text does not cite', () => {
      const body = withTimeline('A.<Cite source="NHS-BOTOX" />')
      expectSingleIssue(check(withArticle({ citations: ['NHS-BOTOX'] }, body)), SECOND, 'body', /<RecoveryTimeline \/> needs these sources cited in the text too: KING-2016-JCAD/)
    })
    it('reject timeline data naming an unknown source', () => {
      const input = validInput()
      ;(input.recoveryTimeline.data as { events: { sources: string[] }[] }).events[1]!.sources = ['NOPE-1']
      expectSingleIssue(check(input), 'content/tools/recovery-timeline.json', 'events.1.sources.0', /"NOPE-1" is not in content\/references.json/)
    })
  })

  describe('symptom guide data', () => {
    it('reject a guide with an invalid symptom, naming file and field', () => {
      const input = validInput()
      ;(input.symptomGuide.data as { symptoms: { level: string }[] }).symptoms[1]!.level = 'whenever'
      expectSingleIssue(check(input), 'content/tools/symptom-guide.json', 'symptoms.1.level', /must be "emergency", "urgent" or "routine"/)
    })
    it('reject a guide citing a source that is not in the reference library', () => {
      const input = validInput()
      ;(input.symptomGuide.data as { worseSigns: { sources: string[] } }).worseSigns.sources = ['NHS-BOTOX', 'GONE-2020']
      expectSingleIssue(check(input), 'content/tools/symptom-guide.json', 'worseSigns.sources.1', /"GONE-2020" is not in content\/references.json/)
    })
  })

  describe('consultation checklist data', () => {
    const withLink = (link: string) => {
      const input = validInput()
      ;(input.consultationChecklist.data as { sections: { items: { link: string }[] }[] }).sections[0]!.items[0]!.link = link
      return input
    }
    it('accept a link to a page without a section', () => {
      expect(check(withLink('/about/'))).toEqual([])
    })
    it('reject a link to a page that does not exist', () => {
      expectSingleIssue(check(withLink('/articles/nowhere/')), 'content/tools/consultation-checklist.json', 'sections.0.items.0.link', /no article or page is at \/articles\/nowhere\//)
    })
    it('reject a link to a section that does not exist', () => {
      expectSingleIssue(check(withLink('/articles/first/#no-such-heading')), 'content/tools/consultation-checklist.json', 'sections.0.items.0.link', /content\/articles\/first.mdx has no section with the id "no-such-heading"/)
    })
  })

  it('formats an error that names file, field and reason', () => {
    const error = new ContentError([{ file: 'content/articles/a.mdx', field: 'topic', reason: 'must be one of: x' }])
    expect(error.message).toContain('content/articles/a.mdx › topic: must be one of: x')
  })
})
