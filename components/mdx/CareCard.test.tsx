/** @vitest-environment jsdom */
import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { CareCard, type CareLevel } from './CareCard'
import { examples } from './CareCard.examples'

describe('CareCard', () => {
  it.each([
    ['emergency', 'Emergency advice: Call 911 (US), 999 (UK) or 112 (EU) now if you have:'],
    ['urgent', 'Urgent advice: Contact the clinic that treated you today if:'],
    ['routine', 'Routine advice: This is common and usually settles in a few days'],
  ] as const)('says the %s level in the heading, not only in colour', (level, name) => {
    render(examples[level])
    expect(screen.getByRole('heading', { level: 3, name })).toBeInTheDocument()
  })

  it('shows the level as a visible word as well', () => {
    const { container } = render(examples.urgent)
    expect(container.querySelector('[aria-hidden="true"]')).toHaveTextContent('Urgent')
  })

  it('keeps its content', () => {
    render(examples.emergency)
    expect(screen.getByRole('listitem')).toHaveTextContent('trouble breathing, swallowing or speaking')
  })

  it('refuses an unknown level instead of showing unstyled advice', () => {
    expect(() =>
      render(
        <CareCard level={'soon' as CareLevel} title="x">
          y
        </CareCard>,
      ),
    ).toThrow(/unknown level "soon"/)
  })
})
