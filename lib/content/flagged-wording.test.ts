import { describe, expect, it } from 'vitest'
import { flaggedWording } from './flagged-wording'

const ids = (text: string) => flaggedWording(text).map((found) => found.id)

describe('flaggedWording', () => {
  it.each([
    ['licensed-brand-count', 'Seven toxin brands have a UK licence for cosmetic use.'],
    ['licensed-brand-count', 'Botox is one of 7 toxin brands licensed for cosmetic use.'],
    ['antibodies-as-loss-of-effect', 'Some people make antibodies. In a large review, this happened to about 5 in 1,000 people, so later treatments have less effect.'],
    ['antibodies-as-loss-of-effect', 'About 5 in 1,000 people make antibodies that can make later treatments work less well.'],
    ['needle-causes-most-problems', 'Most common problems come from the needle.'],
    ['dry-eyes-settle', 'Dry eyes are usually mild and settle on their own.'],
    ['wears-off-with-treatment', 'It wears off as the treatment does.'],
    ['uk-reporting-unconfirmed', 'We could not confirm the UK route for reporting a side effect.'],
    ['unlicensed-use', 'This is an unlicensed use.'],
    ['neomycin-injected', 'Examples are gentamicin and neomycin.'],
    ['percent', 'They sweated at least 50% less.'],
    ['percent', 'About 33 per cent had one.'],
    ['percent', 'Percent\u00adage'],
    ['quality-mark-claim', 'This site is HONcode certified.'],
    ['quality-mark-claim', 'We hold the PIF TICK.'],
    ['quality-mark-claim', 'We are accredited under the Information Standard.'],
  ])('finds %s in "%s"', (id, text) => {
    expect(ids(text)).toContain(id)
  })

  it.each([
    'About 5 in 1,000 people made blocking antibodies. Far fewer, about 1 in 1,000, found later treatments worked less well.',
    'Licensed products include Alluzience, Azzalure and Botox.',
    'Most side effects are mild.',
    'This is an off-label use: a licensed medicine used for something not on its licence.',
    'About 33 in 100 people had a health problem, caused by the injection or not.',
    'Dry eyes that do not settle need a doctor.',
    'We do not hold the PIF TICK or any other quality mark.',
    'HONcode closed in 2022, so no site can hold its mark now; we use its principles as a checklist.',
    'Financial disclosure (HONcode principle 7)',
  ])('lets the corrected wording through: "%s"', (text) => {
    expect(ids(text)).toEqual([])
  })

  it('names the clause it found, not the whole text', () => {
    expect(flaggedWording('Fine here. This is an unlicensed use.')).toEqual([
      expect.objectContaining({ id: 'unlicensed-use', clause: 'This is an unlicensed use.' }),
    ])
  })
})
