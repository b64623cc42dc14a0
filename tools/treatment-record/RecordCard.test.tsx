/** @vitest-environment jsdom */
import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { cardFields } from './logic'
import { examples, filledRecord } from './RecordCard.examples'

const rowValue = (id: string) => document.querySelector(`[data-field="${id}"]`)?.textContent

describe('RecordCard', () => {
  it('is a blank form to fill in by hand when nothing is saved', () => {
    render(examples.blankCard)
    for (const field of [...cardFields('front'), ...cardFields('back')]) expect(rowValue(field.id), field.id).toBe('')
    expect(screen.getByText('To report a side effect: https://example.org/report-a-side-effect/')).toBeInTheDocument()
  })

  it('shows the clinic on the front and the product on the back, dates and choices in words', () => {
    render(examples.filledCard)
    const front = document.querySelector('[data-side="front"]') as HTMLElement
    const back = document.querySelector('[data-side="back"]') as HTMLElement
    expect(front).toHaveTextContent('Clinic phone020 7946 0000')
    expect(front).toHaveTextContent('Prescriber saw me in personYes')
    expect(back).toHaveTextContent('Batch (lot)C1234AB')
    expect(back).toHaveTextContent('Expiry30 June 2027')
    expect(front).not.toHaveTextContent(filledRecord.clinicAddress!.split('\n')[0]!)
  })
})

describe('RecordSheet', () => {
  it('holds every field, the address and notes included', () => {
    render(examples.filledSheet)
    expect(rowValue('clinicAddress')).toBe('1 Example Street\nExampletown')
    expect(rowValue('notes')).toBe('')
    expect([...document.querySelectorAll('h3')].map((heading) => heading.textContent)).toEqual([
      'The treatment',
      'The clinic',
      'The person who treated you',
      'The product',
      'Afterwards',
    ])
  })
})
