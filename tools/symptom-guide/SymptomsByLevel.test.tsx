/** @vitest-environment jsdom */
import { render } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { exampleGuide } from './SymptomGuide.examples'
import { examples } from './SymptomsByLevel.examples'

describe('SymptomsByLevel', () => {
  it('lists every symptom once, under its own level', () => {
    const { container } = render(examples.byLevel)
    expect(container.querySelectorAll('.care-card li')).toHaveLength(exampleGuide.symptoms.length)
    expect([...container.querySelectorAll('.care-card')].map((card) => card.getAttribute('data-level'))).toEqual([
      'emergency',
      'urgent',
      'routine',
    ])
  })
})
