import { describe, expect, it } from 'vitest'
import { articleBody, validInput } from '@/tests/fixtures/content-input'
import { SECOND, check, expectSingleIssue, withArticle } from '@/tests/fixtures/expect-issue'
import { flaggedWordingRules } from './flagged-wording'

describe('flagged wording', () => {
  it('accepts the fixture content', () => {
    expect(check(withArticle({})).filter((issue) => issue.reason.includes('review S'))).toEqual([])
  })

  it('refuses a flagged sentence in the body, naming its line and the finding', () => {
    const body = articleBody({ second: 'Botox is one of 7 toxin brands licensed in the UK.<Cite source="KING-2016-JCAD" /> One more.<Cite source="BAD-LEAFLET" />' })
    expectSingleIssue(withArticle({}, body), flaggedWordingRules, SECOND, 'body line 9', /"Botox is one of 7 toxin brands licensed in the UK\.": .*"include"/)
  })

  it('refuses a flagged key point, naming which one', () => {
    expectSingleIssue(withArticle({ keyPoints: ['One.', 'They sweated 50% less.', 'Three.'] }), flaggedWordingRules, SECOND, 'keyPoints.1', /N in 100/)
  })

  it('reads the site\'s own pages too: a page claiming a quality mark we do not hold is refused', () => {
    const input = validInput()
    input.pages[0]!.bodyRaw = '## Who we are\n\nText.\n\nThis site is HONcode certified.'
    expectSingleIssue(input, flaggedWordingRules, 'content/pages/about.mdx', 'body line 5', /"This site is HONcode certified\.": we hold no quality mark/)
  })

  it('reads link text but not link addresses', () => {
    const body = articleBody({ second: 'See [the 2 in 100 page](/articles/a%20b/).<Cite source="KING-2016-JCAD" /> One more.<Cite source="BAD-LEAFLET" />' })
    expect(flaggedWordingRules(withArticle({}, body), undefined as never)).toEqual([])
  })
})
