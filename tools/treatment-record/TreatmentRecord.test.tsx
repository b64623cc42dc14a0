/** @vitest-environment jsdom */
import { fireEvent, render, screen, within } from '@testing-library/preact'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { catalogueProblems } from '@/lib/i18n/messages'
import { fieldHint, fieldLabel, RECORD_FIELDS, RECORD_STORAGE_KEY, parseSavedRecord, serializeRecord } from './logic'
import { treatmentRecordMessages } from './messages'
import { examples } from './TreatmentRecord.examples'

const stored = () => parseSavedRecord(localStorage.getItem(RECORD_STORAGE_KEY))
const card = () => document.querySelector('.record-card') as HTMLElement

describe('TreatmentRecord', () => {
  it('labels every field and describes it with its hint', () => {
    render(examples.record)
    const en = treatmentRecordMessages.en
    for (const field of RECORD_FIELDS) {
      const [label, hint] = [fieldLabel(field, en), fieldHint(field, en)]
      if (field.kind === 'choice') expect(screen.getByRole('group', { name: label })).toHaveAccessibleDescription(hint)
      else expect(screen.getByLabelText(label)).toHaveAccessibleDescription(hint)
    }
    expect(screen.getByLabelText('Clinic name')).toHaveAccessibleDescription('As it appears on your booking or receipt.')
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

/** Each English message (one Spanish words differently), or a fixed part of it around a placeholder, found as words in `text`. */
function englishIn(text: string): string[] {
  const { en, es } = treatmentRecordMessages
  const escape = (part: string) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  return Object.entries(en)
    .filter(([key, english]) => english !== es[key as keyof typeof es])
    .flatMap(([key, english]) =>
      english
        .split(/\{\w+\}/)
        .map((part) => part.trim())
        .filter((part) => part.length > 2 && new RegExp(`(?<![\\p{L}\\p{N}])${escape(part)}(?![\\p{L}\\p{N}])`, 'u').test(text))
        .map((part) => `${key}: "${part}"`),
    )
}

/** Everything a reader can see or hear in the page: text, and the names given in attributes. */
const readerText = () =>
  [
    document.body.textContent ?? '',
    ...[...document.querySelectorAll('[aria-label], [title], [placeholder], [alt]')].flatMap((element) =>
      ['aria-label', 'title', 'placeholder', 'alt'].map((name) => element.getAttribute(name) ?? ''),
    ),
  ].join('\n')

describe('TreatmentRecord in Spanish', () => {
  const es = treatmentRecordMessages.es

  it('has every English message in Spanish, with the same placeholders', () => {
    expect(catalogueProblems(treatmentRecordMessages)).toEqual([])
  })

  it('labels and describes every field in Spanish', () => {
    render(examples.recordEs)
    for (const field of RECORD_FIELDS) {
      const [label, hint] = [fieldLabel(field, es), fieldHint(field, es)]
      if (field.kind === 'choice') expect(screen.getByRole('group', { name: label })).toHaveAccessibleDescription(hint)
      else expect(screen.getByLabelText(label)).toHaveAccessibleDescription(hint)
    }
    expect(screen.getByLabelText('Número de lote')).toHaveAttribute('maxlength', '40')
    expect(screen.getByRole('radio', { name: 'No lo sé' })).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: 'Su tarjeta para la cartera' })).toBeInTheDocument()
  })

  it('writes dates in Spanish on the card and the sheet, and points to the Spanish reporting page', async () => {
    localStorage.setItem(
      RECORD_STORAGE_KEY,
      serializeRecord({ treatmentDate: '2026-11-20', expiryDate: '2027-06-30', prescriberSeen: 'yes' })!,
    )
    render(examples.recordEs)
    expect(await within(card()).findByText('20 de noviembre de 2026')).toBeInTheDocument()
    expect(within(card()).getByText('30 de junio de 2027')).toBeInTheDocument()
    expect(document.querySelector('.record-sheet [data-field="treatmentDate"]')).toHaveTextContent('20 de noviembre de 2026')
    expect(document.querySelector('[data-side="front"] [data-field="prescriberSeen"]')).toHaveTextContent('Sí')
    expect(
      within(card()).getByText('Para informar de un efecto secundario: https://example.org/es/report-a-side-effect/'),
    ).toBeInTheDocument()
  })

  it('points out contradicting dates and refuses a calendar file in Spanish', async () => {
    localStorage.setItem(RECORD_STORAGE_KEY, serializeRecord({ treatmentDate: '2026-11-20', reviewDate: '2026-11-10' })!)
    render(examples.recordEs)
    const review = await screen.findByLabelText('Fecha de la cita de revisión')
    expect(review).toHaveAccessibleDescription(expect.stringContaining(`Revise esta fecha: ${es.reviewBeforeTreatment}`))
    await userEvent.click(screen.getByRole('button', { name: 'Añadir mi cita de revisión a mi calendario' }))
    expect(screen.getByRole('status')).toHaveTextContent(es.calendarReviewBeforeTreatment)
  })

  it('copies the record in Spanish', async () => {
    const writeText = vi.fn(async () => {})
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } })
    localStorage.setItem(RECORD_STORAGE_KEY, serializeRecord({ treatmentDate: '2026-11-20', batchNumber: 'C1234' })!)
    render(examples.recordEs)
    await screen.findByDisplayValue('C1234')
    await userEvent.click(screen.getByRole('button', { name: 'Copiar como texto' }))
    expect(writeText).toHaveBeenCalledWith(
      'Mi registro de tratamiento con Botox\n\nFecha del tratamiento: 20 de noviembre de 2026\nNúmero de lote: C1234\n',
    )
    expect(screen.getByRole('status')).toHaveTextContent(es.copied)
  })

  it('downloads a calendar file with a Spanish name, title and description', async () => {
    localStorage.setItem(
      RECORD_STORAGE_KEY,
      serializeRecord({ treatmentDate: '2026-11-20', reviewDate: '2026-12-04', clinicName: 'Clínica Sol', batchNumber: 'C1234' })!,
    )
    const blobs: Blob[] = []
    vi.stubGlobal(
      'URL',
      Object.assign(Object.create(URL), { createObjectURL: (blob: Blob) => (blobs.push(blob), 'blob:x'), revokeObjectURL: () => {} }),
    )
    const names: string[] = []
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download)
    })
    render(examples.recordEs)
    await screen.findByDisplayValue('2026-12-04')
    await userEvent.click(screen.getByRole('button', { name: 'Añadir mi cita de revisión a mi calendario' }))
    expect(names).toEqual([es.calendarFileName])
    const file = (await blobs[0]!.text()).replace(/\r\n /g, '')
    expect(file).toContain('SUMMARY:Cita de revisión después del Botox: Clínica Sol')
    expect(file).toContain('Fecha del tratamiento: 20 de noviembre de 2026')
    expect(englishIn(file)).toEqual([])
    expect(screen.getByRole('status')).toHaveTextContent(`Archivo de calendario descargado: ${es.calendarFileName}.`)
  })

  it('says in Spanish that a saved record cannot be read, and clears in Spanish', async () => {
    localStorage.setItem(RECORD_STORAGE_KEY, '{"version":1,"fields":{"clinicName":"Half')
    render(examples.recordEs)
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent(es.unreadableHeading)
    expect(alert).toHaveTextContent(es.unreadableText)
    expect(englishIn(readerText())).toEqual([])
    await userEvent.click(within(alert).getByRole('button', { name: es.startNew }))
    expect(screen.getByRole('status')).toHaveTextContent(es.startedNew)
    const asked: string[] = []
    vi.stubGlobal('confirm', (question: string) => (asked.push(question), true))
    await userEvent.type(screen.getByLabelText('Nombre de la clínica'), 'Clínica Sol')
    await userEvent.click(screen.getByRole('button', { name: 'Borrar este registro' }))
    expect(asked).toEqual([es.confirmClear])
    expect(screen.getByRole('status')).toHaveTextContent(es.cleared)
  })

  it('shows no English message text, whatever is filled in', async () => {
    localStorage.setItem(
      RECORD_STORAGE_KEY,
      serializeRecord({
        treatmentDate: '2026-11-20',
        clinicName: 'Clínica Sol',
        prescriberSeen: 'not-sure',
        expiryDate: '2026-01-31',
        reviewDate: '2026-12-04',
        notes: 'Me dolió un poco.',
      })!,
    )
    render(examples.recordEs)
    await screen.findByDisplayValue('Clínica Sol')
    expect(readerText()).toContain(es.expiryBeforeTreatment)
    expect(englishIn(readerText())).toEqual([])
  })
})
