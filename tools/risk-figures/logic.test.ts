import fs from 'node:fs'
import { describe, expect, it } from 'vitest'
import { describeFigure, frequencyInWords, iconArrayBlocks, peopleInHundred, riskFiguresSchema, type RiskFigureData } from './logic'

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
    expect(frequencyInWords(2.4, 'en')).toBe('about 2 in 100')
    expect(frequencyInWords(61, 'en')).toBe('61 in 100')
    expect(frequencyInWords(0.3, 'en')).toBe('fewer than 1 in 100 (about 3 in 1,000)')
    expect(frequencyInWords(0, 'en')).toBe('0 in 100')
  })
  it('says the same in Spanish: "N de cada 100", and per 1000 below 1 in 100', () => {
    expect(frequencyInWords(2.4, 'es')).toBe('alrededor de 2 de cada 100')
    expect(frequencyInWords(61, 'es')).toBe('61 de cada 100')
    expect(frequencyInWords(0.3, 'es')).toBe('menos de 1 de cada 100 (alrededor de 3 de cada 1000)')
    expect(frequencyInWords(0, 'es')).toBe('0 de cada 100')
  })
  it('describes treated and dummy-injection groups with the time frame', () => {
    expect(describeFigure(figure(), 'en')).toBe(
      'About 2 in 100 people treated for frown lines had a drooping eyelid, compared with 0 in 100 given a dummy injection (placebo), in the 90 days after one treatment.',
    )
  })
  it('puts a Spanish copy of the figure into a Spanish sentence, starting with a capital', () => {
    const spanish = figure({
      outcome: 'tuvieron un párpado caído',
      population: 'tratadas por arrugas del entrecejo',
      timeFrame: 'en los 90 días después de un tratamiento',
    })
    expect(describeFigure(spanish, 'es')).toBe(
      'Alrededor de 2 de cada 100 personas tratadas por arrugas del entrecejo tuvieron un párpado caído, en los 90 días después de un tratamiento. Con una inyección simulada (placebo), esto les pasó a 0 de cada 100.',
    )
  })
})

describe('iconArrayBlocks', () => {
  const cells = (blocks: ReturnType<typeof iconArrayBlocks>, filled: boolean) =>
    blocks.filter((block) => block.filled === filled).reduce((sum, block) => sum + block.columns * block.rows, 0)

  it.each([0, 1, 9, 10, 33, 82, 99, 100])('covers all 100 people with %i solid ones, in reading order', (affected) => {
    const blocks = iconArrayBlocks(affected)
    expect(cells(blocks, true)).toBe(affected)
    expect(cells(blocks, false)).toBe(100 - affected)
    // Every cell is drawn exactly once.
    const seen = new Set<string>()
    for (const block of blocks) {
      for (let row = block.row; row < block.row + block.rows; row += 1) {
        for (let column = block.column; column < block.column + block.columns; column += 1) {
          const cell = `${row},${column}`
          expect(seen.has(cell)).toBe(false)
          seen.add(cell)
          // Solid people come first, row by row from the top left.
          expect(block.filled).toBe(row * 10 + column < affected)
        }
      }
    }
    expect(seen.size).toBe(100)
  })

  it('refuses a count that is not 0 to 100 people', () => {
    expect(() => iconArrayBlocks(101)).toThrow('affected must be a whole number from 0 to 100, not 101')
    expect(() => iconArrayBlocks(2.5)).toThrow()
  })
})
