import { describe, expect, it } from 'vitest'
import { ARTICLE_KEYS, CARE_CARD, articleBody } from '@/tests/fixtures/content-input'
import { SECOND, check, expectSingleIssue, withArticle } from '@/tests/fixtures/expect-issue'
import { bodyRules } from './body'

/** Four distinct keys that leave out KING-2016-JCAD, the source of the fixture's figure and of its timeline's first event. */
const WITHOUT_KING = ['NHS-BOTOX', 'FDA-LABEL', 'BAD-LEAFLET', 'SPARE-2020']
const bodyWithoutKing = (end: string) =>
  articleBody({ second: 'Another fact.<Cite source="BAD-LEAFLET" /> One more.<Cite source="SPARE-2020" />', end: `${CARE_CARD}\n\n${end}` })

describe('citations', () => {
  it('rejects a citation key missing from the reference library', () => {
    const body = articleBody({ end: `${CARE_CARD}\n\nLast.<Cite source="MADE-UP-2020" />` })
    expectSingleIssue(withArticle({ citations: [...ARTICLE_KEYS, 'MADE-UP-2020'] }, body), bodyRules, SECOND, 'citations.4', /"MADE-UP-2020" is not in content\/references.json/)
  })
  it('rejects a key cited in the body but not listed in citations', () => {
    const listed = ARTICLE_KEYS.filter((key) => key !== 'KING-2016-JCAD')
    expectSingleIssue(withArticle({ citations: listed }), bodyRules, SECOND, 'citations', /the body cites "KING-2016-JCAD" but the citations list does not include it/)
  })
  it('rejects a listed citation that the body never cites', () => {
    expectSingleIssue(withArticle({ citations: [...ARTICLE_KEYS, 'SPARE-2020'] }), bodyRules, SECOND, 'citations.4', /"SPARE-2020" is listed but never cited/)
  })
})

describe('bodies', () => {
  it('rejects an empty body, once', () => {
    expectSingleIssue(withArticle({}, '   \n'), bodyRules, SECOND, 'body', /is empty/)
  })
  it('rejects a level-1 heading in the body', () => {
    expectSingleIssue(withArticle({}, `# Second title\n\n${articleBody()}`), bodyRules, SECOND, 'body', /level-1 heading/)
  })
  it('rejects an article without at least two sections', () => {
    const body = `## Only\n\nA.<Cite source="NHS-BOTOX" /> B.<Cite source="KING-2016-JCAD" /> C.<Cite source="FDA-LABEL" /> D.<Cite source="BAD-LEAFLET" />\n\n${CARE_CARD}`
    expectSingleIssue(withArticle({}, body), bodyRules, SECOND, 'body', /at least 2 sections/)
  })
})

describe('risk figures', () => {
  it('accept a figure whose source the text cites', () => {
    expect(check(withArticle({}, articleBody({ end: `${CARE_CARD}\n\n<RiskFigure id="drooping-eyelid" />` })))).toEqual([])
  })
  it('reject a figure id that is not in the figure data', () => {
    const body = articleBody({ end: `${CARE_CARD}\n\n<RiskFigure id="made-up" />` })
    expectSingleIssue(withArticle({}, body), bodyRules, SECOND, 'body', /<RiskFigure id="made-up" \/> is not in content\/tools\/risk-figures.json/)
  })
  it('reject a figure whose source the text does not cite', () => {
    const body = bodyWithoutKing('<RiskFigure id="drooping-eyelid" />')
    expectSingleIssue(withArticle({ citations: WITHOUT_KING }, body), bodyRules, SECOND, 'body', /needs its source "KING-2016-JCAD" cited in the text/)
  })
})

describe('recovery timeline', () => {
  it('accept a timeline when the text cites all its sources', () => {
    expect(check(withArticle({}, articleBody({ end: `${CARE_CARD}\n\n<RecoveryTimeline />` })))).toEqual([])
  })
  it('reject a timeline whose sources the text does not cite', () => {
    const body = bodyWithoutKing('<RecoveryTimeline />')
    expectSingleIssue(withArticle({ citations: WITHOUT_KING }, body), bodyRules, SECOND, 'body', /<RecoveryTimeline \/> needs these sources cited in the text too: KING-2016-JCAD/)
  })
})
