/** @vitest-environment jsdom */
import { render, screen } from '@testing-library/preact'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ConsultationChecklist } from './ConsultationChecklist'
import { exampleChecklist, exampleChecklistEs, examples } from './ConsultationChecklist.examples'
import { consultationChecklistMessages } from './messages'

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

describe('ConsultationChecklist in Spanish', () => {
  it('shows its own words in Spanish and links each item to the Spanish page', () => {
    render(examples.checklistSpanish)
    expect(screen.getByRole('group', { name: 'Preguntas que hacer' })).toBeInTheDocument()
    expect(screen.getByText('Ha marcado 0 de 3. Sus marcas se guardan solo en este navegador.')).toBeInTheDocument()
    for (const name of ['Imprimir', 'Copiar como texto', 'Borrar todas las marcas'])
      expect(screen.getByRole('button', { name })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Más información: Enfermedad del corazón' })).toHaveAttribute(
      'href',
      '/es/articles/botox-risks-at-a-glance/#qué-tan-probable-es-que-algo-salga-mal',
    )
    // A link the data still gives as an English path goes to the Spanish page, never to /es/es/.
    expect(screen.getByRole('link', { name: 'Más información: ¿Qué formación tiene usted?' })).toHaveAttribute(
      'href',
      '/es/articles/botox-risks-at-a-glance/',
    )
    expect(screen.getAllByRole('link').filter((link) => !link.getAttribute('href')?.startsWith('/es/'))).toEqual([])
  })

  it('says what happened in Spanish when the reader ticks, copies and resets', async () => {
    const writeText = vi.fn(() => Promise.resolve())
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } })
    render(examples.checklistSpanish)
    await userEvent.click(screen.getByLabelText('Enfermedad del corazón'))
    expect(screen.getByText(/^Ha marcado 1 de 3\./)).toBeInTheDocument()
    await userEvent.click(screen.getByRole('button', { name: 'Copiar como texto' }))
    expect(writeText).toHaveBeenCalledWith(
      'Lista de ejemplo\n\nCuénteles sobre su salud\n[x] Enfermedad del corazón\n[ ] Estar embarazada o dar el pecho\n\nPreguntas que hacer\n[ ] ¿Qué formación tiene usted?\n',
    )
    expect(screen.getByRole('status')).toHaveTextContent('Se copió la lista. Puede pegarla en una nota o en un mensaje.')
    await userEvent.click(screen.getByRole('button', { name: 'Borrar todas las marcas' }))
    expect(screen.getByRole('status')).toHaveTextContent('Se borraron todas las marcas.')
  })

  it('offers the text to copy by hand, in Spanish, when the browser will not copy', async () => {
    vi.stubGlobal('navigator', { ...navigator, clipboard: undefined })
    render(examples.checklistSpanish)
    await userEvent.click(screen.getByRole('button', { name: 'Copiar como texto' }))
    expect(screen.getByRole('status')).toHaveTextContent('Su navegador no permitió copiar. El texto aparece abajo: selecciónelo y cópielo.')
    expect(screen.getByRole('textbox', { name: 'La lista como texto' })).toHaveValue(
      'Lista de ejemplo\n\nCuénteles sobre su salud\n[ ] Enfermedad del corazón\n[ ] Estar embarazada o dar el pecho\n\nPreguntas que hacer\n[ ] ¿Qué formación tiene usted?\n',
    )
  })

  it('shows no English message text, after any of its messages', async () => {
    const { container } = render(
      <ConsultationChecklist checklist={exampleChecklistEs} title="Lista" locale="es" messages={consultationChecklistMessages.es} />,
    )
    const seen = [container.textContent ?? '']
    await userEvent.click(screen.getByLabelText('Enfermedad del corazón'))
    await userEvent.click(screen.getByRole('button', { name: 'Borrar todas las marcas' }))
    seen.push(container.textContent ?? '')
    for (const english of Object.values(consultationChecklistMessages.en)) {
      for (const part of english.split(/\{\w+\}/).map((piece) => piece.trim())) {
        if (part.length > 2) for (const text of seen) expect(text, `"${part}" from "${english}"`).not.toContain(part)
      }
    }
  })
})
