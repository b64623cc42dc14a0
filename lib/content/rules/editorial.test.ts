import { describe, expect, it } from 'vitest'
import { CARE_CARD, articleBody } from '@/tests/fixtures/content-input'
import { SECOND, check, expectSingleIssue, withArticle } from '@/tests/fixtures/expect-issue'
import { editorialRules } from './editorial'

const expectEditorialIssue = (fields: Record<string, unknown>, body: string, field: string, reason: RegExp) =>
  expectSingleIssue(withArticle(fields, body), editorialRules, SECOND, field, reason)

/** Twenty-odd short words, simple enough to stay far below grade 8. */
const LONG = 'You may see a small red mark or a bump where the thin needle went in, and it will go in a day or two.'

describe('readability', () => {
  it('rejects prose above grade 8', () => {
    const hard =
      'Iatrogenic blepharoptosis necessitates ophthalmological evaluation.<Cite source="KING-2016-JCAD" /> ' +
      'Consequent diplopia occasionally accompanies paralytic strabismus.<Cite source="BAD-LEAFLET" />'
    expectEditorialIssue({}, articleBody({ second: hard }), 'body', /^grade [\d.]+ is above 8$/)
  })
  it('rejects an average sentence over 17 words', () => {
    const first = `${LONG}<Cite source="NHS-BOTOX" /> ${LONG} ${LONG}<Cite source="FDA-LABEL" /> ${LONG} ${LONG}`
    const second = `${LONG}<Cite source="KING-2016-JCAD" /> ${LONG} ${LONG}<Cite source="BAD-LEAFLET" /> ${LONG} ${LONG}`
    expectEditorialIssue({}, articleBody({ first, second }), 'body', /^average sentence is [\d.]+ words, above 17$/)
  })
  it('rejects a sentence over 30 words, quoting it', () => {
    const long = 'If you feel sick or dizzy or weak or your eye will not shut or you see two of things then stop and call the clinic on the phone now and tell them.'
    const second = `${long}<Cite source="KING-2016-JCAD" /> Rest.<Cite source="BAD-LEAFLET" />`
    expectEditorialIssue({}, articleBody({ second }), 'body', /^a sentence has 33 words, above 30: "If you feel sick/)
  })
})

describe('care cards', () => {
  it('rejects an article without a care card', () => {
    expectEditorialIssue({}, articleBody({ end: '' }), 'body', /has no care card: tell the reader when to get help/)
  })
  it('rejects a care card with an unknown level', () => {
    expectEditorialIssue({}, articleBody({ end: CARE_CARD.replace('urgent', 'whenever') }), 'body', /<CareCard level="whenever"> must have a level of "routine", "urgent", "emergency"/)
  })
})

describe('references', () => {
  it('rejects an article citing fewer than 4 distinct references', () => {
    const body = articleBody({ second: 'Another fact.<Cite source="KING-2016-JCAD" /> One more.<Cite source="KING-2016-JCAD" />' })
    expectEditorialIssue({ citations: ['NHS-BOTOX', 'FDA-LABEL', 'KING-2016-JCAD'] }, body, 'citations', /^cites 3 distinct references, fewer than 4$/)
  })
  it('asks 2 of an article in the questions topic, whose answers lead to the full articles', () => {
    const body = articleBody({ second: 'Another fact.' })
    expect(check(withArticle({ topic: 'questions', citations: ['NHS-BOTOX', 'FDA-LABEL'] }, body))).toEqual([])
    expectEditorialIssue({ topic: 'questions', citations: ['NHS-BOTOX'] }, articleBody({ first: 'A fact.<Cite source="NHS-BOTOX" />', second: 'Another fact.' }), 'citations', /^cites 1 distinct references, fewer than 2$/)
  })
})
