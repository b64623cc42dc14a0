/** @vitest-environment jsdom */
import { render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { RecoveryTimeline } from './RecoveryTimeline'
import { exampleTimeline, examples } from './RecoveryTimeline.examples'

describe('RecoveryTimeline', () => {
  it('lists the events in time order as readable text', () => {
    render(examples.threeEvents)
    const items = within(screen.getByRole('list')).getAllByRole('listitem')
    expect(items.map((item) => item.getAttribute('data-event'))).toEqual(['spread-window', 'droop-appears', 'effect-wears-off'])
    expect(items[0]).toHaveTextContent("From a few hours to about 4 weeks: Watch for spread of the toxin's effect. (Warning sign window)")
  })

  it('hides the bars from screen readers because the words say it all', () => {
    const { container } = render(examples.threeEvents)
    const bar = container.querySelectorAll('[data-event="effect-wears-off"] svg[aria-hidden="true"] rect')[1]
    expect(bar?.getAttribute('x')).toBe('75%')
    expect(bar?.getAttribute('width')).toBe('25%')
    // No inline styles: the Content Security Policy would block them.
    expect(container.querySelector('[style]')).toBeNull()
  })

  it('adds citation markers through the cite callback', () => {
    render(<RecoveryTimeline timeline={exampleTimeline} cite={(keys) => <sup>[{keys.join(',')}]</sup>} />)
    expect(screen.getByText('[KING-2016-JCAD]')).toBeInTheDocument()
  })
})
