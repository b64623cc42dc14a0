/** @vitest-environment jsdom */
import fs from 'node:fs'
import { render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { RiskFigure } from './RiskFigure'
import { exampleBenefit, exampleBenefitEs, exampleHarm, exampleHarmEs, examples } from './RiskFigure.examples'
import { riskFiguresSchema } from './logic'
import { riskFigureMessages } from './messages'

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
      const { container, unmount } = render(<RiskFigure figure={figure} locale="en" />)
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
        <RiskFigure figure={exampleHarm} locale="en" />
        <RiskFigure figure={exampleBenefit} locale="en" />
      </>,
    )
    const ids = [...container.querySelectorAll('[id]')].map((element) => element.id)
    expect(new Set(ids).size).toBe(ids.length)
  })
})

/** Every piece of text a render shows or gives to assistive technology: text, aria-labels and the table caption. */
const allText = (container: Element) =>
  [
    container.textContent ?? '',
    ...[...container.querySelectorAll('[aria-label]')].map((element) => element.getAttribute('aria-label') ?? ''),
  ].join('\n')

describe('RiskFigure in Spanish', () => {
  it('says the numbers in Spanish words, "N de cada 100", with the dummy-injection comparison and the time frame', () => {
    render(examples.harmSpanish)
    expect(screen.getByRole('figure', { name: exampleHarmEs.title })).toHaveTextContent(
      'Alrededor de 2 de cada 100 personas tratadas por arrugas del entrecejo tuvieron un párpado caído, en los 90 días después de un tratamiento. Con una inyección simulada (placebo), esto les pasó a 0 de cada 100.',
    )
    expect(screen.getByText('Recibieron Botox: 2 de cada 100')).toBeInTheDocument()
  })

  it('gives each picture a Spanish text alternative', () => {
    render(examples.harmSpanish)
    expect(
      screen.getByRole('img', {
        name: 'Recibieron Botox: 2 de cada 100 personas tuvieron un párpado caído. Se ven como 2 figuras rellenas y 98 figuras sin relleno.',
      }),
    ).toBeInTheDocument()
    expect(
      screen.getByRole('img', {
        name: 'Recibieron una inyección simulada: 0 de cada 100 personas tuvieron un párpado caído. Se ven como 0 figuras rellenas y 100 figuras sin relleno.',
      }),
    ).toBeInTheDocument()
  })

  it('has a Spanish table, with numbers written the Spanish way', () => {
    render(examples.harmSpanish)
    const table = screen.getByRole('table', { name: `${exampleHarmEs.title}: los números` })
    expect(
      within(table)
        .getAllByRole('row')
        .map((row) => row.textContent),
    ).toEqual([
      'GrupoDe cada 100 personasPersonas en los estudios',
      'Recibieron Botoxalrededor de 2 de cada 1003431',
      'Recibieron una inyección simulada0 de cada 100236',
    ])
    expect(screen.getByText('Ver los números en una tabla')).toBeInTheDocument()
    expect(screen.getByText(/^Periodo: en los 90 días después de un tratamiento\. Fuente: /)).toBeInTheDocument()
  })

  it('writes rates below 1 in 100 per 1000 without a thousands separator, and says when our source gives no group size', () => {
    render(examples.benefitSpanish)
    expect(screen.getByRole('figure')).toHaveTextContent(
      'Con una inyección simulada (placebo), esto les pasó a menos de 1 de cada 100 (alrededor de 3 de cada 1000).',
    )
    expect(screen.getAllByText('Nuestra fuente no lo indica')).toHaveLength(2)
    expect(screen.getByText('el resto')).toBeInTheDocument()
  })

  it('shows no English message text and no percentage', () => {
    for (const figure of [exampleHarmEs, exampleBenefitEs]) {
      const { container, unmount } = render(<RiskFigure figure={figure} locale="es" />)
      const text = allText(container)
      for (const english of Object.values(riskFigureMessages.en)) {
        // The parts of a template around its placeholders, e.g. " in 100" and " given a dummy injection (placebo), ".
        for (const part of english.split(/\{\w+\}/).map((piece) => piece.trim())) {
          if (part.length > 2) expect(text, `"${part}" from "${english}"`).not.toContain(part)
        }
      }
      expect(text).not.toMatch(/%|por ?ciento|per ?cent/i)
      unmount()
    }
  })
})
