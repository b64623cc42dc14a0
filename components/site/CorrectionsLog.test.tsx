/** @vitest-environment jsdom */
import { render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { englishMessagesIn } from './english-left'
import { siteMessages } from './messages'
import { examples } from './CorrectionsLog.examples'

describe('CorrectionsLog', () => {
  it('groups the changes by review day, newest first, each under a link to its article', () => {
    render(examples.twoDays)
    const days = screen.getAllByRole('heading', { level: 2 })
    expect(days.map((day) => day.textContent)).toEqual(['30 November 2026', '1 June 2026'])
    expect(days[0]!.querySelector('time')).toHaveAttribute('datetime', '2026-11-30')
    const newest = screen.getByRole('region', { name: '30 November 2026' })
    expect(
      within(newest)
        .getAllByRole('link')
        .map((link) => link.getAttribute('href')),
    ).toEqual(['/articles/common-side-effects/', '/articles/frequently-asked-questions/'])
    expect(
      within(newest)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Headache figure now says how often it happened after a dummy injection.',
      'Jargon explained.',
      'Emergency signs shown as one card.',
    ])
  })

  it('gives each entry the anchor the feed points at', () => {
    const { container } = render(examples.twoDays)
    expect([...container.querySelectorAll('[id$="-2026-11-30"], [id$="-2026-06-01"]')].map((element) => element.id)).toEqual([
      'day-2026-11-30',
      'common-side-effects-2026-11-30',
      'frequently-asked-questions-2026-11-30',
      'day-2026-06-01',
      'common-side-effects-2026-06-01',
    ])
  })

  it('says so when nothing has changed yet', () => {
    render(examples.none)
    expect(screen.getByText('No article has been changed at a review yet.')).toBeInTheDocument()
  })
})

describe('CorrectionsLog in the Spanish edition', () => {
  it('writes the review days in Spanish and links to the Spanish articles', () => {
    const { container } = render(examples.twoDaysEs)
    const days = screen.getAllByRole('heading', { level: 2 })
    expect(days.map((day) => day.textContent)).toEqual(['30 de noviembre de 2026', '1 de junio de 2026'])
    expect(days[0]!.querySelector('time')).toHaveAttribute('datetime', '2026-11-30')
    const links = screen.getAllByRole('link').map((link) => link.getAttribute('href'))
    expect(links).toEqual(['/es/articles/common-side-effects/', '/es/articles/common-side-effects/'])
    expect(container.querySelector('#common-side-effects-2026-11-30')).not.toBeNull()
  })

  it('says in Spanish when nothing has changed yet, with no English of its own', () => {
    const { container } = render(examples.noneEs)
    expect(screen.getByText('Todavía no hemos cambiado ningún artículo en una revisión.')).toBeInTheDocument()
    expect(englishMessagesIn(container, siteMessages.en, siteMessages.es)).toEqual([])
  })
})
