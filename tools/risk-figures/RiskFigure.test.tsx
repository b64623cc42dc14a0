/** @vitest-environment jsdom */
import fs from 'node:fs'
import { render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { RiskFigure } from './RiskFigure'
import { exampleBenefit, exampleHarm, examples } from './RiskFigure.examples'
import { riskFiguresSchema } from './logic'

const realFigures = riskFiguresSchema.parse(JSON.parse(fs.readFileSync('content/tools/risk-figures.json', 'utf8')))

const people = (svg: Element, filled?: boolean) =>
  [...svg.querySelectorAll(filled === undefined ? 'rect[data-people]' : `rect[data-filled="${filled}"]`)].reduce(
    (sum, rect) => sum + (Number(rect.getAttribute('width')) / 20) * (Number(rect.getAttribute('height')) / 24),
    0,
  )
const filledIn = (svg: Element) => people(svg, true)

describe('RiskFigure', () => {
  it('draws 100 people per group and fills as many as the numbers say', () => {
    render(examples.benefit)
    const [treated, placebo] = screen.getAllByRole('img')
    expect(people(treated!)).toBe(100)
    expect(people(treated!, false)).toBe(18)
    expect(filledIn(treated!)).toBe(82)
    expect(filledIn(placebo!)).toBe(21)
  })

  it('rounds to whole people and fills none when the rate is 0', () => {
    render(examples.harm)
    const [treated, placebo] = screen.getAllByRole('img')
    expect(filledIn(treated!)).toBe(2)
    expect(filledIn(placebo!)).toBe(0)
  })

  it('has a text alternative for each picture', () => {
    render(examples.harm)
    expect(
      screen.getByRole('img', {
        name: 'Given Botox: 2 of 100 people had a drooping eyelid, shown as 2 solid figures and 98 outlined figures.',
      }),
    ).toBeInTheDocument()
  })

  it('gives the numbers in words with the dummy-injection comparison and time frame', () => {
    render(examples.harm)
    expect(screen.getByRole('figure', { name: 'Drooping eyelid after treatment for frown lines' })).toHaveTextContent(
      'About 2 in 100 people treated for frown lines had a drooping eyelid, compared with 0 in 100 given a dummy injection (placebo), in the 90 days after one treatment.',
    )
  })

  it('offers the same numbers as a table, without JavaScript, naming the source', () => {
    render(examples.harm)
    const table = screen.getByRole('table')
    const rows = within(table)
      .getAllByRole('row')
      .map((row) => row.textContent)
    expect(rows).toEqual([
      'GroupOut of 100 peoplePeople in the studies',
      'Given Botoxabout 2 in 100665',
      'Given a dummy injection0 in 100236',
    ])
    expect(table.closest('details')).not.toBeNull()
    expect(screen.getByText(/Source: Pooled safety analysis/)).toBeInTheDocument()
  })

  it('never shows a percentage to readers: numbers read "N in 100", in the picture, the words and the table', () => {
    for (const figure of realFigures) {
      const { container, unmount } = render(<RiskFigure figure={figure} />)
      const table = within(container).getByRole('table')
      expect(
        within(table)
          .getAllByRole('columnheader')
          .map((cell) => cell.textContent),
      ).toEqual(['Group', 'Out of 100 people', 'People in the studies'])
      expect(container.textContent).not.toMatch(/%|per ?cent/i)
      for (const img of within(container).getAllByRole('img')) expect(img.getAttribute('aria-label')).not.toMatch(/%|per ?cent/i)
      unmount()
    }
  })

  it('keeps the ids of two figures on one page apart', () => {
    const { container } = render(
      <>
        <RiskFigure figure={exampleHarm} />
        <RiskFigure figure={exampleBenefit} />
      </>,
    )
    const ids = [...container.querySelectorAll('[id]')].map((element) => element.id)
    expect(new Set(ids).size).toBe(ids.length)
  })
})
