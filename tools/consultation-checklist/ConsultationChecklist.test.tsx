/** @vitest-environment jsdom */
import { render, screen } from '@testing-library/preact'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { exampleChecklist, examples } from './ConsultationChecklist.examples'

afterEach(() => localStorage.clear())

describe('ConsultationChecklist', () => {
  it('groups the items under their section titles with a link explaining each', () => {
    render(examples.checklist)
    expect(screen.getByRole('group', { name: 'Questions to ask' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'More on this: Heart disease' })).toHaveAttribute('href', '/articles/botox-risks-at-a-glance/')
  })

  it('saves ticks under its own key and reads them back', async () => {
    const first = render(examples.checklist)
    await userEvent.click(screen.getByLabelText('Heart disease'))
    expect(JSON.parse(localStorage.getItem(exampleChecklist.storageKey)!)).toEqual(['heart'])
    first.unmount()
    render(examples.checklist)
    expect(screen.getByLabelText('Heart disease')).toBeChecked()
    expect(screen.getByText(/1 of 3 ticked/)).toBeInTheDocument()
  })

  it('reset removes the saved ticks', async () => {
    render(examples.checklist)
    await userEvent.click(screen.getByLabelText('Heart disease'))
    await userEvent.click(screen.getByRole('button', { name: 'Reset all ticks' }))
    expect(screen.getByLabelText('Heart disease')).not.toBeChecked()
    expect(localStorage.getItem(exampleChecklist.storageKey)).toBeNull()
  })
})
