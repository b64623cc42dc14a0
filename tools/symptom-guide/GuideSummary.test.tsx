/** @vitest-environment jsdom */
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { act } from 'react'
import { writeStored } from '@/lib/browser/storage'
import { RECORD_STORAGE_KEY, serializeRecord } from '@/tools/treatment-record/logic'
import { examples } from './GuideSummary.examples'

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
