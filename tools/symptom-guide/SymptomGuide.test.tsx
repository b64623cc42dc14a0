/** @vitest-environment jsdom */
import { render, screen } from '@testing-library/preact'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { examples } from './SymptomGuide.examples'

describe('SymptomGuide', () => {
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
