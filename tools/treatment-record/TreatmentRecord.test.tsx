/** @vitest-environment jsdom */
import { fireEvent, render, screen, within } from '@testing-library/preact'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { RECORD_FIELDS, RECORD_STORAGE_KEY, parseSavedRecord, serializeRecord } from './logic'
import { examples } from './TreatmentRecord.examples'

const stored = () => parseSavedRecord(localStorage.getItem(RECORD_STORAGE_KEY))
const card = () => document.querySelector('.record-card') as HTMLElement

describe('TreatmentRecord', () => {
  it('labels every field and describes it with its hint', () => {
    render(examples.record)
    for (const field of RECORD_FIELDS) {
      if (field.kind === 'choice') expect(screen.getByRole('group', { name: field.label })).toHaveAccessibleDescription(field.hint)
      else expect(screen.getByLabelText(field.label)).toHaveAccessibleDescription(field.hint)
    }
  })

  it('saves what is typed under its one key, and reads it back on the next visit', async () => {
    const first = render(examples.record)
    await userEvent.type(screen.getByLabelText('Clinic name'), 'Example Clinic')
    fireEvent.input(screen.getByLabelText('Date of treatment'), { target: { value: '2026-11-20' } })
    await userEvent.click(screen.getByRole('radio', { name: 'Not sure' }))
    expect(stored()).toEqual({
      state: 'saved',
      record: { clinicName: 'Example Clinic', treatmentDate: '2026-11-20', prescriberSeen: 'not-sure' },
    })
    expect(Object.keys(localStorage)).toEqual([RECORD_STORAGE_KEY])
    first.unmount()
    render(examples.record)
    expect(await screen.findByDisplayValue('Example Clinic')).toBeInTheDocument()
    expect(within(card()).getByText('20 November 2026')).toBeInTheDocument()
  })

  it('stops typing at each field’s limit', async () => {
    render(examples.record)
    expect(screen.getByLabelText('Batch (lot) number')).toHaveAttribute('maxlength', '40')
    expect(screen.getByLabelText('Notes')).toHaveAttribute('maxlength', '1000')
  })

  it('points out a review date before the treatment date, in words and on the field', async () => {
    localStorage.setItem(RECORD_STORAGE_KEY, serializeRecord({ treatmentDate: '2026-11-20', reviewDate: '2026-11-10' })!)
    render(examples.record)
    const review = await screen.findByLabelText('Follow-up review date')
    expect(review).toHaveAttribute('aria-invalid', 'true')
    expect(review).toHaveAccessibleDescription(
      expect.stringContaining('Check this date: This review date is before the date of treatment.'),
    )
    await userEvent.click(screen.getByRole('button', { name: 'Add my follow-up review to my calendar' }))
    expect(screen.getByRole('status')).toHaveTextContent('The review date is before the date of treatment.')
  })

  it('shows typed markup as text on the card', () => {
    render(examples.record)
    fireEvent.input(screen.getByLabelText('Product name'), { target: { value: '<img src=x onerror=alert(1)>' } })
    expect(card().querySelector('img')).toBeNull()
    expect(within(card()).getByText('<img src=x onerror=alert(1)>')).toBeInTheDocument()
  })

  it('says when the saved record cannot be read, shows none of it, and starts again on request', async () => {
    localStorage.setItem(RECORD_STORAGE_KEY, '{"version":1,"fields":{"clinicName":"Half')
    render(examples.record)
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('We could not read the record saved in this browser')
    expect(screen.getByLabelText('Clinic name')).toHaveValue('')
    await userEvent.click(within(alert).getByRole('button', { name: 'Start a new record' }))
    expect(localStorage.getItem(RECORD_STORAGE_KEY)).toBeNull()
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('replaces an unreadable record with what the reader types next', async () => {
    localStorage.setItem(RECORD_STORAGE_KEY, JSON.stringify({ version: 0, clinic: 'old' }))
    render(examples.record)
    await screen.findByRole('alert')
    await userEvent.type(screen.getByLabelText('Dose, if you were told it'), '20 units')
    expect(stored()).toEqual({ state: 'saved', record: { dose: '20 units' } })
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('clears the record only once the reader confirms', async () => {
    localStorage.setItem(RECORD_STORAGE_KEY, serializeRecord({ clinicName: 'Keep me' })!)
    render(examples.record)
    await screen.findByDisplayValue('Keep me')
    vi.stubGlobal('confirm', () => false)
    await userEvent.click(screen.getByRole('button', { name: 'Clear this record' }))
    expect(stored().state).toBe('saved')
    vi.stubGlobal('confirm', () => true)
    await userEvent.click(screen.getByRole('button', { name: 'Clear this record' }))
    expect(localStorage.getItem(RECORD_STORAGE_KEY)).toBeNull()
    expect(screen.getByLabelText('Clinic name')).toHaveValue('')
    expect(screen.getByRole('status')).toHaveTextContent('Record cleared.')
  })

  it('downloads the follow-up review as a calendar file made in the browser', async () => {
    localStorage.setItem(RECORD_STORAGE_KEY, serializeRecord({ treatmentDate: '2026-11-20', reviewDate: '2026-12-04' })!)
    const blobs: Blob[] = []
    vi.stubGlobal(
      'URL',
      Object.assign(Object.create(URL), { createObjectURL: (blob: Blob) => (blobs.push(blob), 'blob:x'), revokeObjectURL: () => {} }),
    )
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      expect(this.download).toBe('botox-follow-up-review.ics')
    })
    render(examples.record)
    await screen.findByDisplayValue('2026-12-04')
    await userEvent.click(screen.getByRole('button', { name: 'Add my follow-up review to my calendar' }))
    expect(clicked).toHaveBeenCalledOnce()
    expect(await blobs[0]!.text()).toContain('DTSTART;VALUE=DATE:20261204')
    expect(screen.getByRole('status')).toHaveTextContent('Calendar file downloaded')
  })

  it('asks for a review date before making a calendar file', async () => {
    render(examples.record)
    await userEvent.click(screen.getByRole('button', { name: 'Add my follow-up review to my calendar' }))
    expect(screen.getByRole('status')).toHaveTextContent('Add a follow-up review date first.')
  })

  it('prints the card or the full record, marking which for the print styles', async () => {
    const modes: (string | undefined)[] = []
    vi.stubGlobal('print', () => modes.push(document.documentElement.dataset.printRecord))
    render(examples.record)
    await userEvent.click(screen.getByRole('button', { name: 'Print the wallet card' }))
    window.dispatchEvent(new Event('afterprint'))
    await userEvent.click(screen.getByRole('button', { name: 'Print the full record' }))
    window.dispatchEvent(new Event('afterprint'))
    expect(modes).toEqual(['card', 'full'])
    expect(document.documentElement.dataset.printRecord).toBeUndefined()
  })

  it('copies the record as text', async () => {
    const writeText = vi.fn(async () => {})
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } })
    localStorage.setItem(RECORD_STORAGE_KEY, serializeRecord({ batchNumber: 'C1234' })!)
    render(examples.record)
    await screen.findByDisplayValue('C1234')
    await userEvent.click(screen.getByRole('button', { name: 'Copy as text' }))
    expect(writeText).toHaveBeenCalledWith('My Botox treatment record\n\nBatch (lot) number: C1234\n')
  })
})
