/** @vitest-environment jsdom */
import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { examples } from './KeyPoints.examples'
import { englishMessagesIn } from './test-support'

describe('KeyPoints', () => {
  it('lists every key point under a "Key points" heading', () => {
    render(examples.three)
    expect(screen.getByRole('region', { name: 'Key points' })).toBeInTheDocument()
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Most side effects are mild.',
      'Bruising usually settles in days.',
      'Trouble breathing is an emergency.',
    ])
  })

  it('is headed "Puntos clave" on a Spanish page', () => {
    const { container } = render(examples.threeSpanish)
    expect(screen.getByRole('region', { name: 'Puntos clave' })).toBeInTheDocument()
    expect(screen.getAllByRole('listitem')).toHaveLength(3)
    expect(englishMessagesIn(container)).toEqual([])
  })
})
