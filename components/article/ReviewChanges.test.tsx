/** @vitest-environment jsdom */
import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { ReviewChanges } from './ReviewChanges'
import { examples } from './ReviewChanges.examples'
import { englishMessagesIn } from './test-support'

describe('ReviewChanges', () => {
  it('lists what the last review changed, under a heading, with its date for people and machines', () => {
    const { container } = render(examples.oneReview)
    const section = screen.getByRole('region', { name: 'What changed at this review' })
    expect(section).toHaveTextContent('Reviewed on 30 November 2026:')
    expect(container.querySelector('time')).toHaveAttribute('datetime', '2026-11-30')
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Antibody figures corrected: far fewer people found later treatments worked less well.',
      'The UK reporting route added.',
    ])
    expect(container.querySelector('details')).toBeNull()
  })

  it('keeps earlier reviews in a closed disclosure, newest first', () => {
    const { container } = render(examples.withEarlierReviews)
    const details = container.querySelector('details')!
    expect(details.open).toBe(false)
    expect(details).toHaveTextContent('1 June 2026:A broken link to the NHS page fixed.')
    expect(screen.getAllByRole('listitem', { hidden: true })).toHaveLength(3)
  })

  it('shows nothing for an article not reviewed since it was published', () => {
    const { container } = render(<ReviewChanges changes={[]} lastReviewed="2026-11-24" locale="en" />)
    expect(container).toBeEmptyDOMElement()
  })

  it('shows nothing when the entries are all older than the last review (the content rules refuse that)', () => {
    const { container } = render(
      <ReviewChanges changes={[{ date: '2026-01-01', changes: ['Old.'] }]} lastReviewed="2026-11-24" locale="en" />,
    )
    expect(container).toBeEmptyDOMElement()
  })

  it('says what changed in Spanish, with Spanish dates, on a Spanish page', () => {
    const { container } = render(examples.withEarlierReviewsSpanish)
    const section = screen.getByRole('region', { name: 'Qué cambió en esta revisión' })
    expect(section).toHaveTextContent('Revisión del 30 de noviembre de 2026:')
    expect(container.querySelector('summary')).toHaveTextContent('Cambios anteriores')
    expect(container.querySelector('details')).toHaveTextContent('1 de junio de 2026:Arreglamos un enlace roto a la página del NHS.')
    expect([...container.querySelectorAll('time')].map((time) => time.getAttribute('datetime'))).toEqual(['2026-11-30', '2026-06-01'])
    expect(englishMessagesIn(container)).toEqual([])
  })
})
