/** @vitest-environment jsdom */
import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { CareCard, type CareLevel } from './CareCard'
import { examples } from './CareCard.examples'
import { careCardContent, careCardLines } from '@/lib/triage/care-card'
import { loadTriageModel } from '@/lib/triage/load'
import { englishMessagesIn } from '@/components/site/english-left'
import { mdxMessages } from './messages'
import { loadSpanishTriageModel } from './test-models'

describe('CareCard', () => {
  it.each([
    ['emergency', 'Emergency advice: Call 911 (US), 999 (UK) or 112 (EU) now if you have:'],
    ['urgent', 'Urgent advice: Contact the clinic that treated you today if:'],
    ['routine', 'Routine advice: This is common and usually settles in a few days'],
  ] as const)('says the %s level in the heading, not only in colour', (level, name) => {
    render(examples[level])
    expect(screen.getByRole('heading', { level: 3, name })).toBeInTheDocument()
  })

  it('shows the level as a visible word as well', () => {
    const { container } = render(examples.urgent)
    expect(container.querySelector('[aria-hidden="true"]')).toHaveTextContent('Urgent')
  })

  it('keeps its content', () => {
    render(examples.emergency)
    expect(screen.getByRole('listitem')).toHaveTextContent('trouble breathing, swallowing or speaking')
  })

  it('refuses an unknown level instead of showing unstyled advice', () => {
    expect(() =>
      render(
        <CareCard locale="en" level={'soon' as CareLevel} title="x">
          y
        </CareCard>,
      ),
    ).toThrow(/unknown level "soon"/)
  })
})

describe('CareCard rendered from the triage model', () => {
  const model = loadTriageModel()

  it('lists each sign with the model label, gives the level action with every regional number, and marks the root', () => {
    const { container } = render(
      <CareCard locale="en" level="emergency" signs={['double-vision-with-drooping-eyelid', 'trouble-breathing']} model={model} />,
    )
    const card = container.querySelector('section')!
    expect(card).toHaveAttribute('data-level', 'emergency')
    expect(card).toHaveAttribute('data-signs', 'double-vision-with-drooping-eyelid trouble-breathing')
    expect(screen.getByRole('heading', { level: 3, name: 'Emergency advice: Call 911 (US), 999 (UK) or 112 (EU) now' })).toBeInTheDocument()
    expect(card).toHaveTextContent('Double or blurred vision together with a drooping eyelid')
    expect(card).toHaveTextContent('Trouble breathing, wheezing, or breathing very fast')
    for (const number of ['call 911', 'call 999', 'call 112']) expect(card.textContent).toContain(number)
  })

  it('lists a group by the model: every sign and combination of it at the card level', () => {
    const { container } = render(<CareCard locale="en" level="emergency" groups={['eye']} model={model} />)
    const signs = container.querySelector('section')!.getAttribute('data-signs')!.split(' ')
    expect(signs).toEqual(expect.arrayContaining(['double-vision-with-drooping-eyelid', 'double-vision-with-droop-blocking-sight']))
    expect(signs).not.toContain('drooping-eyelid')
  })

  it('gives the urgent action with NHS 111 for the UK', () => {
    const { container } = render(<CareCard locale="en" level="urgent" signs={['double-vision']} model={model} />)
    expect(container).toHaveTextContent('call NHS 111')
    expect(container.querySelector('[data-action]')).toHaveAttribute('data-action', 'medical-advice-today')
  })

  it('sends readers treated outside a clinic to a doctor, not the injector, and marks the modifier', () => {
    const { container } = render(
      <CareCard locale="en" level="urgent" signs={['drooping-eyelid']} modifiers={['outside-clinic']} model={model} />,
    )
    expect(container.querySelector('section')).toHaveAttribute('data-modifiers', 'outside-clinic')
    expect(container).toHaveTextContent('Do not go back to the person who injected you')
  })

  it('shows a later time rule beside a sign that escalates', () => {
    const { container } = render(<CareCard locale="en" level="routine" signs={['drooping-eyelid']} model={model} />)
    expect(container).toHaveTextContent('More than 4 weeks after treatment')
  })

  it('renders citation markers for each sign and the action when given a cite function', () => {
    const cited: string[] = []
    render(
      <CareCard
        level="urgent"
        locale="en"
        signs={['eye-will-not-close']}
        model={model}
        cite={(keys) => {
          cited.push(...keys)
          return <sup>{keys.length}</sup>
        }}
      />,
    )
    expect(cited).toEqual(expect.arrayContaining(['BORBA-2021-APS', 'HARLEY-2024-DRYEYE', 'NHS-111-NEAS']))
  })

  it('keeps an author title and heading level, and shows the action title in the body', () => {
    render(examples.urgentFromSigns)
    expect(screen.getByRole('heading', { level: 2, name: 'Urgent advice: Eyes and sight' })).toBeInTheDocument()
    expect(screen.getByText('Get medical advice today')).toBeInTheDocument()
  })

  it.each([
    [
      'urgent',
      'double-vision-with-drooping-eyelid',
      /CareCard "Eyes" shows "double-vision-with-drooping-eyelid" at the urgent level, but the triage model .* puts it at emergency/,
    ],
    ['routine', 'mouth-corner-droop', /CareCard "Eyes" shows "mouth-corner-droop" at the routine level, .* at urgent 2-4-weeks/],
    ['emergency', 'drooping-eyelid', /shows "drooping-eyelid" at the emergency level, .* at routine/],
  ] as const)('refuses a %s card listing "%s" at another level than the model, naming card and sign', (level, sign, message) => {
    const timeframe = sign === 'mouth-corner-droop' ? '2-4-weeks' : undefined
    expect(() => render(<CareCard locale="en" level={level} title="Eyes" signs={[sign]} timeframe={timeframe} model={model} />)).toThrow(
      message,
    )
  })

  const wordCases: [string, { level: CareLevel; title?: string; signs?: string[]; groups?: string[] }][] = [
    ['the action as heading', { level: 'emergency', groups: ['toxin-spread', 'allergy'] }],
    ['an author title', { level: 'urgent', title: 'Eyes and sight', signs: ['eye-will-not-close', 'double-vision'] }],
    ['a later time rule', { level: 'routine', signs: ['drooping-eyelid'] }],
  ]
  it.each(wordCases)('says, with %s, exactly the words careCardLines gives for plain text', (_case, spec) => {
    const { container } = render(<CareCard {...spec} locale="en" model={model} cite={(keys) => <sup>{keys.length}</sup>} />)
    // The words a reader reads, one per text node: not the badge (aria-hidden), the spoken prefix, citation markers or the sources line.
    const words = [...container.querySelectorAll('section *')]
      .filter(
        (element) =>
          !element.closest('[aria-hidden="true"], .sr-only, sup') && !element.textContent?.startsWith(mdxMessages.en.actionSources),
      )
      .flatMap((element) =>
        [...element.childNodes].filter((child) => child.nodeType === Node.TEXT_NODE).map((child) => child.textContent!.trim()),
      )
      .filter(Boolean)
    expect(words).toEqual(careCardLines(careCardContent(model, spec), spec.title, 'en'))
  })

  it('refuses unknown ids and groups with nothing at the level', () => {
    expect(() => render(<CareCard locale="en" level="urgent" title="X" signs={['no-such-sign']} model={model} />)).toThrow(
      /"no-such-sign" is not a sign or combination/,
    )
    expect(() => render(<CareCard locale="en" level="urgent" title="X" groups={['nope']} model={model} />)).toThrow(/"nope" is not a group/)
    expect(() => render(<CareCard locale="en" level="emergency" title="X" groups={['effect']} model={model} />)).toThrow(/lists no sign/)
    expect(() => render(<CareCard locale="en" level="urgent" signs={['double-vision']} />)).toThrow(/no triage model/)
  })
})

describe('CareCard time rules', () => {
  const model = loadTriageModel()
  it('does not repeat a time rule that gives no more than the card level already says', () => {
    const { container } = render(
      <CareCard locale="en" level="urgent" signs={['drooping-eyelid']} modifiers={['outside-clinic']} model={model} />,
    )
    expect(container).not.toHaveTextContent('More than 4 weeks after treatment')
  })
})

describe('CareCard in the Spanish edition', () => {
  const modelEs = loadSpanishTriageModel()
  const es = mdxMessages.es

  it.each([
    ['routineEs', 'routine', 'Consejo no urgente: Es frecuente y suele pasar en pocos días', 'No urgente'],
    ['urgentFromSignsEs', 'urgent', 'Consejo urgente: Ojos y vista', 'Urgente'],
  ] as const)('%s says its level in Spanish, in the heading and on the badge', (example, level, name, word) => {
    const { container } = render(examples[example])
    expect(container.querySelector('section')).toHaveAttribute('data-level', level)
    expect(screen.getByRole('heading', { name })).toBeInTheDocument()
    expect(container.querySelector('[aria-hidden="true"]')).toHaveTextContent(word)
  })

  it('lists the signs with the Spanish model’s words, after the card’s own Spanish line, and cites the action in Spanish', () => {
    const { container } = render(
      <CareCard
        level="emergency"
        locale="es"
        groups={['toxin-spread', 'allergy']}
        model={modelEs}
        cite={(keys) => <sup>{keys.length}</sup>}
      />,
    )
    const action = modelEs.actions.find((candidate) => candidate.id === 'call-emergency-number')!
    expect(screen.getByRole('heading', { level: 3, name: `${es.emergencySpoken} ${action.title}` })).toBeInTheDocument()
    expect(container).toHaveTextContent(es.cardIntro)
    expect(container).toHaveTextContent(modelEs.signs.find((sign) => sign.id === 'trouble-breathing')!.label)
    expect(container).toHaveTextContent(es.actionSources)
    // The Spanish edition's steps: Mexico and "another country", no UK number.
    expect(container.querySelector('[data-action]')!.textContent).toContain('México')
    expect(container.textContent).not.toMatch(/\b999\b|NHS/)
  })

  it('shows no English text of its own', () => {
    for (const example of ['routineEs', 'emergencyFromGroupsEs', 'urgentFromSignsEs', 'routineFromSignsEs'] as const) {
      const { container, unmount } = render(examples[example])
      expect(englishMessagesIn(container, mdxMessages.en, es)).toEqual([])
      unmount()
    }
    const { container } = render(
      <CareCard level="urgent" locale="es" signs={['double-vision']} model={modelEs} cite={() => <sup>1</sup>} />,
    )
    expect(englishMessagesIn(container, mdxMessages.en, es)).toEqual([])
  })

  it('says, as plain text, what the Spanish card shows', () => {
    const spec = { level: 'routine', signs: ['drooping-eyelid'] }
    const lines = careCardLines(careCardContent(modelEs, spec), undefined, 'es')
    expect(lines[1]).toBe(es.cardIntro)
    const { container } = render(<CareCard level="routine" locale="es" signs={['drooping-eyelid']} model={modelEs} />)
    for (const line of lines) expect(container).toHaveTextContent(line)
    expect(careCardLines(careCardContent(modelEs, spec), undefined, 'en')[1]).toBe(mdxMessages.en.cardIntro)
  })
})
