/** @vitest-environment jsdom */
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { act } from 'react'
import { writeStored } from '@/lib/browser/storage'
import { RECORD_STORAGE_KEY, serializeRecord } from '@/tools/treatment-record/logic'
import { treatmentRecordMessages } from '@/tools/treatment-record/messages'
import { examples } from './GuideSummary.examples'
import { symptomGuideMessages } from './messages'

describe('GuideSummary', () => {
  afterEach(() => vi.unstubAllGlobals())

  it('shows the signs, the timeframe, the modifier, the level, why, and when it was made', () => {
    render(examples.emergency)
    expect(screen.getByRole('heading', { name: 'Show this to a nurse or doctor' })).toBeInTheDocument()
    const summary = document.querySelector('.guide-summary') as HTMLElement
    expect(summary).toHaveTextContent('Made: 30 November 2026 at 21:04')
    expect(summary).toHaveTextContent('When was the treatment: 4 to 14 days ago')
    expect(summary).toHaveTextContent('or the product may be fake: No')
    expect(summary).toHaveTextContent('Level: Emergency')
    expect(summary).toHaveTextContent('Double or blurred vision together with a drooping eyelid: Together')
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toContain('Bruising where the needle went in')
  })

  it('copies the summary as text', async () => {
    const writeText = vi.fn(async () => {})
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } })
    render(examples.emergency)
    await userEvent.click(screen.getByRole('button', { name: 'Copy as text' }))
    expect(writeText).toHaveBeenCalledWith(expect.stringContaining('Level: Emergency\nWhat to do: Call 911 (US), 999 (UK) or 112 (EU) now'))
    expect(document.querySelector('[data-part="copy-message"]')).toHaveTextContent('Summary copied.')
  })

  it('shows the text selected when the browser will not copy', async () => {
    vi.stubGlobal('navigator', { ...navigator, clipboard: undefined })
    render(examples.emergency)
    await userEvent.click(screen.getByRole('button', { name: 'Copy as text' }))
    expect((screen.getByRole('textbox', { name: 'Summary as text' }) as HTMLTextAreaElement).value).toContain(
      'Signs ticked:\n- Double or blurred vision',
    )
    expect(document.querySelector('[data-part="copy-message"]')).toHaveTextContent('did not allow copying')
  })

  it("prints with the browser's print dialog", async () => {
    const print = vi.fn()
    vi.stubGlobal('print', print)
    render(examples.emergency)
    await userEvent.click(screen.getByRole('button', { name: 'Print this summary' }))
    expect(print).toHaveBeenCalledOnce()
  })

  it('adds the treatment record saved in this browser only when the reader ticks to', async () => {
    localStorage.setItem(RECORD_STORAGE_KEY, serializeRecord({ clinicName: 'Example <Clinic>', batchNumber: 'C1234' })!)
    const writeText = vi.fn(async () => {})
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } })
    render(examples.emergency)
    const summary = document.querySelector('.guide-summary') as HTMLElement
    const add = await screen.findByRole('checkbox', { name: 'Add my treatment record to this summary' })
    expect(summary).not.toHaveTextContent('C1234')
    await userEvent.click(add)
    expect(summary.querySelector('[data-part="treatment-record"]')).toHaveTextContent('Clinic name: Example <Clinic>')
    expect(summary).toHaveTextContent('Batch (lot) number: C1234')
    await userEvent.click(screen.getByRole('button', { name: 'Copy as text' }))
    expect(writeText).toHaveBeenCalledWith(
      expect.stringContaining('My Botox treatment record\n\nClinic name: Example <Clinic>\nBatch (lot) number: C1234\n'),
    )
  })

  it('points to the treatment record when none is saved', () => {
    render(examples.emergency)
    expect(screen.queryByRole('checkbox')).toBeNull()
    expect(screen.getByRole('link', { name: 'My Botox treatment record' })).toHaveAttribute('href', '/my-treatment-record/')
  })

  it('copies the record as it is now: changed or cleared after it was added, the copy follows', async () => {
    localStorage.setItem(RECORD_STORAGE_KEY, serializeRecord({ batchNumber: 'OLD1' })!)
    const writeText = vi.fn(async () => {})
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } })
    render(examples.emergency)
    await userEvent.click(await screen.findByRole('checkbox', { name: 'Add my treatment record to this summary' }))
    act(() => writeStored(RECORD_STORAGE_KEY, serializeRecord({ batchNumber: 'NEW2' })))
    await userEvent.click(screen.getByRole('button', { name: 'Copy as text' }))
    expect(writeText).toHaveBeenLastCalledWith(expect.stringContaining('Batch (lot) number: NEW2'))
    expect(writeText).toHaveBeenLastCalledWith(expect.not.stringContaining('OLD1'))
    act(() => writeStored(RECORD_STORAGE_KEY, null))
    await userEvent.click(screen.getByRole('button', { name: 'Copy as text' }))
    expect(writeText).toHaveBeenLastCalledWith(expect.not.stringContaining('Batch (lot) number'))
    expect(screen.getByRole('link', { name: 'My Botox treatment record' })).toBeInTheDocument()
  })
})

describe('GuideSummary in Spanish', () => {
  const { es, en } = symptomGuideMessages
  afterEach(() => vi.unstubAllGlobals())

  it('shows the summary in Spanish around the Spanish model', () => {
    render(examples.emergencyEs)
    const summary = document.querySelector('.guide-summary') as HTMLElement
    expect(screen.getByRole('heading', { name: es.summaryHeading })).toBeInTheDocument()
    expect(summary).toHaveTextContent(es.summaryTitle)
    expect(summary).toHaveTextContent('Fecha y hora: 30 de noviembre de 2026, 21:04')
    expect(summary).toHaveTextContent('Cuándo fue el tratamiento: Hace 4 a 14 días')
    expect(summary).toHaveTextContent('Nivel: Emergencia')
    expect(summary).toHaveTextContent(`: ${es.no}`)
    expect(summary).toHaveTextContent(es.disclaimer)
    for (const english of Object.values(en).filter((text) => !/[{}]/.test(text) && !Object.values(es).includes(text)))
      expect(summary).not.toHaveTextContent(english)
  })

  it('links to the Spanish record page when no record is saved', () => {
    render(examples.outsideClinicEs)
    expect(screen.getByRole('link', { name: 'Mi registro de tratamiento con Botox' })).toHaveAttribute('href', '/es/my-treatment-record/')
    expect(document.querySelector('.guide-summary')).toHaveTextContent(`${es.whenLabel} ${es.summaryNotSure}`)
    expect(document.querySelector('.guide-summary')).toHaveTextContent('Sí')
  })

  it('copies the summary, and a saved record added to it, in Spanish with Spanish dates', async () => {
    localStorage.setItem(RECORD_STORAGE_KEY, serializeRecord({ treatmentDate: '2026-11-20', batchNumber: 'C1234', prescriberSeen: 'no' })!)
    const writeText = vi.fn<(text: string) => Promise<void>>(async () => {})
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } })
    render(examples.emergencyEs)
    const summary = document.querySelector('.guide-summary') as HTMLElement
    await userEvent.click(await screen.findByRole('checkbox', { name: 'Añadir mi registro de tratamiento a este resumen' }))
    const record = summary.querySelector('[data-part="treatment-record"]') as HTMLElement
    expect(record).toHaveTextContent('Mi registro de tratamiento con Botox:')
    expect(record).toHaveTextContent('Fecha del tratamiento: 20 de noviembre de 2026')
    expect(record).toHaveTextContent('Número de lote: C1234')
    await userEvent.click(screen.getByRole('button', { name: es.copyAsText }))
    const text = writeText.mock.calls[0]![0]
    expect(text).toContain('Nivel: Emergencia\nQué hacer: ')
    expect(text).toContain(
      'Mi registro de tratamiento con Botox\n\nFecha del tratamiento: 20 de noviembre de 2026\n¿Le vio en persona alguien con permiso para recetar antes del tratamiento?: No\nNúmero de lote: C1234\n',
    )
    expect(document.querySelector('[data-part="copy-message"]')).toHaveTextContent(es.copied)
    const { en: recordEn } = treatmentRecordMessages
    for (const english of [
      'Level:',
      'What to do:',
      'Made:',
      'November',
      recordEn.pageTitle,
      recordEn['batchNumber.label'],
      recordEn['treatmentDate.label'],
    ])
      expect(text).not.toContain(english)
  })

  it('says in Spanish when the browser will not copy', async () => {
    vi.stubGlobal('navigator', { ...navigator, clipboard: undefined })
    render(examples.emergencyEs)
    await userEvent.click(screen.getByRole('button', { name: es.copyAsText }))
    expect((screen.getByRole('textbox', { name: es.summaryAsText }) as HTMLTextAreaElement).value).toContain(`${es.signsLabel}\n- `)
    expect(document.querySelector('[data-part="copy-message"]')).toHaveTextContent(es.copyFailed)
  })
})
