/** @vitest-environment jsdom */
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { englishMessagesIn } from './english-left'
import { siteMessages } from './messages'
import { examples } from './SiteHeader.examples'

describe('SiteHeader with SkipLink', () => {
  it('has the urgent help link pointing at the urgent help page', () => {
    render(examples.header)
    expect(screen.getByRole('link', { name: /Get urgent help/ })).toHaveAttribute('href', '/urgent-help/')
  })

  it('has a named main navigation', () => {
    render(examples.header)
    expect(screen.getByRole('navigation', { name: 'Main' })).toHaveTextContent('Articles')
  })

  it('names the person behind the site from their profile and links to it', () => {
    render(examples.header)
    const navigation = screen.getByRole('navigation', { name: 'Main' })
    expect(within(navigation).getByRole('link', { name: 'Dr. Victor Beer' })).toHaveAttribute('href', '/authors/victor-beer/')
  })

  it('puts the skip link first in the tab order, aimed at the main content', async () => {
    render(examples.header)
    await userEvent.tab()
    expect(document.activeElement).toHaveAccessibleName('Skip to main content')
    expect(document.activeElement).toHaveAttribute('href', '#main-content')
  })
})

describe('SiteHeader language link', () => {
  it('is left out where the page has no twin in the other edition', () => {
    render(examples.header)
    expect(screen.queryByRole('link', { name: 'Español' })).toBeNull()
  })

  it('offers the same page in Spanish, named and marked in Spanish, reachable by keyboard and at least 24px tall', async () => {
    render(examples.headerWithTwin)
    const link = screen.getByRole('link', { name: 'Español' })
    expect(link).toHaveAttribute('href', '/es/urgent-help/')
    expect(link).toHaveAttribute('lang', 'es')
    expect(link).toHaveAttribute('hreflang', 'es')
    // min-h-11 is 44px: jsdom has no layout, so the class is what can be checked here.
    expect(link).toHaveClass('min-h-11')
    expect(link.closest('header')).not.toBeNull()
    for (let press = 0; press < 10 && document.activeElement !== link; press++) await userEvent.tab()
    expect(document.activeElement).toBe(link)
  })
})

describe('SiteHeader in the Spanish edition', () => {
  it('names everything in Spanish and links to the Spanish pages', async () => {
    const { container } = render(examples.headerEs)
    expect(screen.getByRole('link', { name: /Pida ayuda urgente/ })).toHaveAttribute('href', '/es/urgent-help/')
    const navigation = screen.getByRole('navigation', { name: 'Principal' })
    expect(
      within(navigation)
        .getAllByRole('link')
        .map((link) => [link.textContent, link.getAttribute('href')]),
    ).toEqual([
      ['Artículos', '/es/articles/'],
      ['Guía de síntomas', '/es/is-this-normal/'],
      ['Lista para la consulta', '/es/consultation-checklist/'],
      ['Mi registro', '/es/my-treatment-record/'],
      ['Dr. Victor Beer', '/es/authors/victor-beer/'],
      ['Sobre nosotros', '/es/about/'],
      ['Buscar', '/es/search/'],
    ])
    expect(container.querySelector('header a')).toHaveAttribute('href', '/es/')
    const english = screen.getByRole('link', { name: 'English' })
    expect(english).toHaveAttribute('href', '/urgent-help/')
    expect(english).toHaveAttribute('lang', 'en')
    expect(english).toHaveAttribute('hreflang', 'en')
    await userEvent.tab()
    expect(document.activeElement).toHaveAccessibleName('Ir al contenido principal')
    expect(englishMessagesIn(container, siteMessages.en, siteMessages.es)).toEqual([])
  })
})
