/** @vitest-environment jsdom */
import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { examples } from './KeyPoints.examples'

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
})
