/** @vitest-environment jsdom */
import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { RecoveryTimeline } from './RecoveryTimeline'
import { exampleTimeline, examples } from './RecoveryTimeline.examples'

describe('RecoveryTimeline', () => {
  it('lists the events in time order as readable text', () => {
    render(examples.threeEvents)
    const items = [...document.querySelectorAll('ol > li')] as HTMLElement[]
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

  it('gives each warning sign its level, wording and action from the triage model, most serious first', () => {
    const { container } = render(examples.threeEvents)
    const warnings = [...container.querySelectorAll('[data-event="droop-appears"] [data-part="warnings"] li')]
    expect(warnings.map((item) => [item.getAttribute('data-signs'), item.getAttribute('data-level')])).toEqual([
      ['double-vision-with-drooping-eyelid', 'emergency'],
      ['drooping-eyelid', 'routine'],
    ])
    expect(warnings[0]).toHaveTextContent(
      "Emergency: Double or blurred vision together with a drooping eyelid. Together, these can mean the toxin's effect has spread. This is an emergency whenever it starts. Call 911 (US), 999 (UK) or 112 (EU) now.",
    )
    expect(warnings[1]).toHaveTextContent('Routine: A drooping upper eyelid. Get in touch today.')
  })

  it('adds citation markers through the cite callback', () => {
    render(<RecoveryTimeline timeline={exampleTimeline} cite={(keys) => <sup>[{keys.join(',')}]</sup>} />)
    expect(screen.getByText('[KING-2016-JCAD]')).toBeInTheDocument()
  })
})
