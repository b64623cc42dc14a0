import fs from 'node:fs'
import { describe, expect, it } from 'vitest'
import { describeFigure, frequencyInWords, peopleInHundred, riskFiguresSchema, type RiskFigureData } from './risk-figures'

const realFigures = JSON.parse(fs.readFileSync('content/tools/risk-figures.json', 'utf8'))
const figure = (changes: Partial<RiskFigureData> = {}): RiskFigureData => ({ ...realFigures[1], ...changes })

describe('risk figure data', () => {
  it('accepts the real figures', () => {
    expect(riskFiguresSchema.parse(realFigures).length).toBeGreaterThanOrEqual(5)
  })
  it('rejects a percentage over 100, naming the field', () => {
    const result = riskFiguresSchema.safeParse([{ ...realFigures[0], treated: { percent: 133 } }])
    expect(result.error?.issues[0]?.path).toEqual([0, 'treated', 'percent'])
  })
  it('rejects a kind other than harm or benefit', () => {
    const result = riskFiguresSchema.safeParse([{ ...realFigures[0], kind: 'risk' }])
    expect(result.error?.issues[0]).toMatchObject({ path: [0, 'kind'], message: 'must be "harm" or "benefit"' })
  })
  it('rejects two figures with the same id', () => {
    const result = riskFiguresSchema.safeParse([realFigures[0], realFigures[0]])
    expect(result.error?.issues[0]).toMatchObject({ path: [1, 'id'], message: '"any-side-effect-cosmetic" is used twice' })
  })
})

describe('numbers in words', () => {
  it('rounds to whole people out of 100', () => {
    expect([33.1, 2.4, 1.5, 0.4, 0].map(peopleInHundred)).toEqual([33, 2, 2, 0, 0])
  })
  it('says "about" for rounded numbers and gives per 1,000 below 1 in 100', () => {
    expect(frequencyInWords(2.4)).toBe('about 2 in 100')
    expect(frequencyInWords(61)).toBe('61 in 100')
    expect(frequencyInWords(0.3)).toBe('fewer than 1 in 100 (about 3 in 1,000)')
    expect(frequencyInWords(0)).toBe('0 in 100')
  })
  it('describes treated and dummy-injection groups with the time frame', () => {
    expect(describeFigure(figure())).toBe(
      'About 2 in 100 people treated for frown lines had a drooping eyelid, compared with 0 in 100 given a dummy injection (placebo), in the 90 days after one treatment.',
    )
  })
})
