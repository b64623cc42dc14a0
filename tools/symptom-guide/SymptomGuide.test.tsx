/** @vitest-environment jsdom */
import { render, screen, within } from '@testing-library/preact'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { symptomGuideMessages } from './messages'
import { exampleModelEs, examples } from './SymptomGuide.examples'

const result = () => document.getElementById('symptom-guide-result') as HTMLElement
const tick = (label: string | RegExp) => userEvent.click(screen.getByRole('checkbox', { name: label }))

describe('SymptomGuide', () => {
  it('asks the reader to tick something before giving advice, with one empty live region', () => {
    render(examples.checker)
    expect(result()).toHaveTextContent('Tick what you notice to see what to do.')
    expect(result()).toHaveAttribute('data-level', 'none')
    expect(screen.getAllByRole('status')).toHaveLength(1)
    expect(screen.getByRole('status')).toBeEmptyDOMElement()
  })

  it("groups the signs under the model's groups", () => {
    render(examples.checker)
    expect(screen.getByRole('heading', { name: "Signs that the toxin's effect may have spread" })).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: 'Headache' })).toBeInTheDocument()
  })

  it('gives the emergency action as soon as an emergency sign is ticked, and announces it once', async () => {
    render(examples.checker)
    await tick('Trouble breathing, wheezing, or breathing very fast')
    expect(result()).toHaveAttribute('data-level', 'emergency')
    expect(result()).toHaveAttribute('data-action', 'call-emergency-number')
    expect(screen.getByRole('heading', { name: 'Emergency advice: Call 911 (US), 999 (UK) or 112 (EU) now' })).toBeInTheDocument()
    expect(result()).toHaveTextContent('In the UK, call 999 or go to A&E now.')
    const status = screen.getByRole('status')
    expect(status).toHaveTextContent('Emergency: Call 911 (US), 999 (UK) or 112 (EU) now')
    await tick('Swelling of your lips, mouth, tongue or throat')
    // Same level, same action: the live region's text is unchanged, so nothing is read out again.
    expect(status).toHaveTextContent(/^Emergency: Call 911 \(US\), 999 \(UK\) or 112 \(EU\) now$/)
  })

  it('raises double vision with a drooping eyelid to an emergency, and names the bruise with neutral text only', async () => {
    render(examples.checker)
    await userEvent.click(screen.getByRole('radio', { name: '4 to 14 days ago' }))
    await tick('Bruising where the needle went in')
    await tick('A drooping upper eyelid')
    expect(result()).toHaveAttribute('data-level', 'routine')
    await tick('Double or blurred vision')
    expect(result()).toHaveAttribute('data-level', 'emergency')
    expect(result()).toHaveTextContent('Double or blurred vision together with a drooping eyelid')
    const also = result().querySelector('[data-part="also-noted"]') as HTMLElement
    expect(
      within(also)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Bruising where the needle went in A bruise is one of the most common effects of the injections and is usually brief.'])
    expect(result()).not.toHaveTextContent('Get in touch today')
  })

  it("raises a drooping mouth corner from 2 weeks with the time rule's words", async () => {
    render(examples.checker)
    await tick(/A drooping corner of the mouth/)
    await userEvent.click(screen.getByRole('radio', { name: '1 to 3 days ago' }))
    expect(result()).toHaveAttribute('data-level', 'routine')
    await userEvent.click(screen.getByRole('radio', { name: '2 to 4 weeks ago' }))
    expect(result()).toHaveAttribute('data-level', 'urgent')
    expect(result()).toHaveTextContent('From 2 weeks after treatment, a drooping mouth corner needs a doctor')
    expect(result()).toHaveTextContent('In the UK, if you cannot reach either of them today, call NHS 111.')
  })

  it('offers dry mouth with the modifier and sends the reader to a doctor, not the injector', async () => {
    render(examples.checker)
    expect(screen.queryByRole('checkbox', { name: 'A dry mouth' })).toBeNull()
    await tick(/I was treated outside a clinic/)
    await tick('A dry mouth')
    expect(result()).toHaveAttribute('data-action', 'medical-care-not-injector')
    expect(screen.getByRole('heading', { name: 'Urgent advice: See a doctor today, not the person who treated you' })).toBeInTheDocument()
    await tick(/I was treated outside a clinic/)
    expect(result()).toHaveAttribute('data-level', 'none')
  })

  it('links the answer to its numbered sources', async () => {
    render(examples.checker)
    await tick('A headache')
    expect(screen.getByRole('link', { name: 'reference 2' })).toHaveAttribute('href', '#ref-cleveland-clinic-botox')
  })

  it('starts again with nothing chosen', async () => {
    render(examples.checker)
    await userEvent.click(screen.getByRole('radio', { name: 'I am not sure' }))
    await tick('A headache')
    await userEvent.click(screen.getByRole('button', { name: 'Start again' }))
    expect(result()).toHaveAttribute('data-level', 'none')
    expect(screen.getByRole('radio', { name: 'I am not sure' })).not.toBeChecked()
    expect(screen.getByRole('checkbox', { name: 'A headache' })).not.toBeChecked()
  })
})

/** Each English message (one Spanish words differently), or a fixed part of it around a placeholder, found as words in `text`. */
function englishIn(text: string): string[] {
  const { en, es } = symptomGuideMessages
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

const spanish = {
  sign: (id: string) => exampleModelEs.signs.find((sign) => sign.id === id)!.label,
  action: (id: string) => exampleModelEs.actions.find((action) => action.id === id)!.title,
}
const SPANISH_MONTHS = /\d{1,2} de (enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre) de \d{4}/

describe('SymptomGuide in Spanish', () => {
  const { es } = symptomGuideMessages

  it("asks in Spanish, with the Spanish model's words", () => {
    render(examples.checkerEs)
    expect(screen.getByRole('heading', { name: es.heading })).toBeInTheDocument()
    expect(screen.getByRole('group', { name: es.whenLegend })).toBeInTheDocument()
    expect(screen.getByRole('radio', { name: es.notSureOption })).toBeInTheDocument()
    expect(result()).toHaveTextContent(es.prompt)
    expect(screen.getByRole('checkbox', { name: spanish.sign('headache') })).toBeInTheDocument()
    expect(englishIn(document.body.textContent ?? '')).toEqual([])
  })

  it('answers in Spanish: the care card, the live region, the reasons and the sources', async () => {
    render(examples.checkerEs)
    await tick(spanish.sign('trouble-breathing'))
    expect(result()).toHaveAttribute('data-level', 'emergency')
    const title = spanish.action('call-emergency-number')
    expect(screen.getByRole('heading', { name: `Consejo de emergencia: ${title}` })).toBeInTheDocument()
    expect(screen.getByRole('status')).toHaveTextContent(`Emergencia: ${title}`)
    expect(result()).toHaveTextContent(es.becauseOne)
    expect(result()).toHaveTextContent(es.doNotWait)
    expect(screen.getByRole('link', { name: `Emergencia: ${title}. Vea abajo qué hacer.` })).toHaveAttribute(
      'href',
      '#symptom-guide-result',
    )
    expect(screen.getAllByRole('link', { name: /^referencia \d+$/ }).length).toBeGreaterThan(0)
  })

  it('makes a Spanish summary with a Spanish date, linking to the Spanish record page, and no English words of its own', async () => {
    render(examples.checkerEs)
    await userEvent.click(screen.getByRole('radio', { name: es.notSureOption }))
    await tick(spanish.sign('bruising'))
    await tick(spanish.sign('double-vision'))
    await tick(spanish.sign('drooping-eyelid'))
    const summary = document.querySelector('.guide-summary') as HTMLElement
    expect(within(summary).getByRole('heading', { name: es.summaryHeading })).toBeInTheDocument()
    expect(summary).toHaveTextContent(`${es.whenLabel} ${es.summaryNotSure}`)
    expect(summary).toHaveTextContent(`${es.levelLabel} Emergencia`)
    const made = [...summary.querySelectorAll('dt')].find((term) => term.textContent === `${es.madeLabel} `)!.nextElementSibling
    expect(made?.textContent).toMatch(SPANISH_MONTHS)
    expect(within(summary).getByRole('link', { name: 'Mi registro de tratamiento con Botox' })).toHaveAttribute(
      'href',
      '/es/my-treatment-record/',
    )
    expect(summary).toHaveTextContent(es.recordInvitation.replace('{link}', 'Mi registro de tratamiento con Botox'))
    expect(within(summary).getByRole('button', { name: es.printSummary })).toBeInTheDocument()
    expect(englishIn(document.body.textContent ?? '')).toEqual([])
  })
})
