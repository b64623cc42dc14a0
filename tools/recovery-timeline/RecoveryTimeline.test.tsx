/** @vitest-environment jsdom */
import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { careLevelWord } from '@/components/mdx/CareCardFrame'
import { mdxMessages } from '@/components/mdx/messages'
import { RecoveryTimeline } from './RecoveryTimeline'
import { exampleModelEs, exampleTimeline, exampleTimelineEs, examples } from './RecoveryTimeline.examples'
import { recoveryTimelineMessages } from './messages'

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
    render(<RecoveryTimeline timeline={exampleTimeline} locale="en" cite={(keys) => <sup>[{keys.join(',')}]</sup>} />)
    expect(screen.getByText('[KING-2016-JCAD]')).toBeInTheDocument()
  })
})

describe('RecoveryTimeline in Spanish', () => {
  it('has a Spanish heading, scale and legend', () => {
    const { container } = render(examples.threeEventsSpanish)
    expect(screen.getByRole('heading', { name: 'Qué esperar en las semanas después del tratamiento' })).toBeInTheDocument()
    expect(container).toHaveTextContent(
      'Las barras muestran cada periodo en una escala que va del día del tratamiento al día 120 (unos 4 meses).',
    )
    expect(container.querySelector('section > p:last-child')).toHaveTextContent(
      '● Efecto del tratamiento▲ Posible efecto secundario! Periodo de señales de alarma',
    )
  })

  it('names each kind of event in Spanish for screen readers', () => {
    const { container } = render(examples.threeEventsSpanish)
    const items = [...container.querySelectorAll('ol > li')] as HTMLElement[]
    expect(items[0]).toHaveTextContent(
      'Desde unas horas hasta unas 4 semanas: Esté atento a que el efecto de la toxina se extienda. (Periodo de señales de alarma)',
    )
  })

  it("says each warning's level in Spanish, with the Spanish model's wording and action", () => {
    const { container } = render(examples.threeEventsSpanish)
    const warnings = [...container.querySelectorAll('[data-event="droop-appears"] [data-part="warnings"] li')]
    expect(warnings.map((item) => item.getAttribute('data-level'))).toEqual(['emergency', 'routine'])
    expect(warnings[0]).toHaveTextContent(
      `${careLevelWord(mdxMessages.es, 'emergency')}: Visión doble o borrosa junto con un párpado caído. Juntas, estas señales pueden indicar que el efecto de la toxina se extendió. Es una emergencia, empiece cuando empiece. Llame ahora al número de emergencias.`,
    )
    expect(warnings[1]).toHaveTextContent(`${careLevelWord(mdxMessages.es, 'routine')}: Un párpado superior caído. Comuníquese hoy.`)
  })

  it('shows no English message text, its own or the care level words', () => {
    const { container } = render(<RecoveryTimeline timeline={exampleTimelineEs} locale="es" model={exampleModelEs} />)
    const text = container.textContent ?? ''
    const levels = (['emergency', 'urgent', 'routine'] as const).map((level) => `${careLevelWord(mdxMessages.en, level)}:`)
    for (const english of [...Object.values(recoveryTimelineMessages.en), ...levels]) {
      for (const part of english.split(/\{\w+\}/).map((piece) => piece.trim())) {
        if (part.length > 2) expect(text, `"${part}" from "${english}"`).not.toContain(part)
      }
    }
  })

  it('refuses to draw a Spanish timeline with the English triage model', () => {
    expect(() => render(<RecoveryTimeline timeline={exampleTimelineEs} locale="es" />)).toThrow(/needs that edition's triage model/)
  })
})
