/** @vitest-environment jsdom */
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { exampleGuide, examples } from './SymptomChecker.examples'

describe('SymptomChecker', () => {
  it('asks the reader to tick something before giving advice', () => {
    render(examples.checker)
    expect(screen.getByRole('status')).toHaveTextContent('Tick what you notice to see what to do.')
  })

  it('shows the emergency card as soon as an emergency symptom is ticked', async () => {
    render(examples.checker)
    await userEvent.click(screen.getByLabelText('Trouble breathing'))
    expect(screen.getByRole('status')).toHaveAttribute('data-level', 'emergency')
    expect(screen.getByRole('heading', { name: 'Emergency advice: Call 911 (US), 999 (UK) or 112 (EU) now' })).toBeInTheDocument()
  })

  it('links the answer to its numbered sources', async () => {
    render(examples.checker)
    await userEvent.click(screen.getByLabelText('A headache'))
    expect(screen.getByRole('link', { name: 'reference 2' })).toHaveAttribute('href', '#ref-cleveland-clinic-botox')
  })
})

describe('SymptomsByLevel', () => {
  it('lists every symptom once, under its own level', () => {
    const { container } = render(examples.byLevel)
    expect(container.querySelectorAll('.care-card li')).toHaveLength(exampleGuide.symptoms.length)
    expect([...container.querySelectorAll('.care-card')].map((card) => card.getAttribute('data-level'))).toEqual(['emergency', 'urgent', 'routine'])
  })
})
