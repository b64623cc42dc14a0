/** @vitest-environment jsdom */
import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { cardFields } from './logic'
import { treatmentRecordMessages } from './messages'
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

describe('RecordCard and RecordSheet in Spanish', () => {
  it('labels both sides in Spanish, with dates and choices in Spanish and the Spanish reporting page', () => {
    render(examples.filledCardEs)
    const front = document.querySelector('[data-side="front"]') as HTMLElement
    const back = document.querySelector('[data-side="back"]') as HTMLElement
    expect(screen.getByRole('heading', { name: 'Su tarjeta para la cartera' })).toBeInTheDocument()
    expect(front).toHaveTextContent('Mi registro de tratamiento con Botox')
    expect(front).toHaveTextContent('Tratamiento20 de noviembre de 2026')
    expect(front).toHaveTextContent('Me vio en persona quien recetóSí')
    expect(back).toHaveTextContent('Producto y revisión')
    expect(back).toHaveTextContent('LoteC1234AB')
    expect(back).toHaveTextContent('Vence30 de junio de 2027')
    expect(screen.getByText('Para informar de un efecto secundario: https://example.org/es/report-a-side-effect/')).toBeInTheDocument()
    const { en } = treatmentRecordMessages
    for (const english of [en.cardHeading, en.cardHowTo, en.cardNoScript, en.cardBackTitle, en['treatmentDate.cardLabel'], 'November'])
      expect(document.body).not.toHaveTextContent(english)
  })

  it('titles the sheet’s sections in Spanish', () => {
    render(examples.filledSheetEs)
    expect([...document.querySelectorAll('h3')].map((heading) => heading.textContent)).toEqual([
      'El tratamiento',
      'La clínica',
      'La persona que le hizo el tratamiento',
      'El producto',
      'Después',
    ])
    expect(document.querySelector('.record-sheet')).toHaveTextContent('Dirección de la clínica')
  })
})
