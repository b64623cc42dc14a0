/** @vitest-environment jsdom */
import { render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { siteConfig } from '@/lib/site/site-config'
import { englishMessagesIn } from './english-left'
import { siteMessages } from './messages'
import { examples } from './SiteFooter.examples'

describe('SiteFooter', () => {
  it('says the site is information, not a diagnosis, and gives the emergency numbers', () => {
    render(examples.footer)
    const footer = screen.getByRole('contentinfo')
    expect(footer).toHaveTextContent('This site gives information, not medical advice or a diagnosis.')
    expect(footer).toHaveTextContent(`call ${siteConfig.emergencyNumbers} now`)
  })

  it('links to the site’s own pages from a named navigation', () => {
    render(examples.footer)
    const links = within(screen.getByRole('navigation', { name: 'Footer' })).getAllByRole('link')
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['About and editorial policy', '/about/'],
      ['Who we are and how we are funded', '/who-we-are/'],
      ['Corrections and changes', '/corrections/'],
      ['Accessibility', '/accessibility/'],
      ['Privacy', '/privacy/'],
      ['Get urgent help', '/urgent-help/'],
    ])
  })

  it('names who writes and reviews the site, from their profile, with a link to it', () => {
    render(examples.footer)
    expect(screen.getByRole('link', { name: 'Dr. Victor Beer' })).toHaveAttribute('href', '/authors/victor-beer/')
    expect(screen.getByRole('contentinfo')).toHaveTextContent(
      'Written and medically reviewed by Dr. Victor Beer, dermatologist. No cookies, no tracking.',
    )
  })
})

describe('SiteFooter in the Spanish edition', () => {
  it('gives the disclaimer and the numbers Spanish readers call, in Spanish', () => {
    render(examples.footerEs)
    const footer = screen.getByRole('contentinfo')
    expect(footer).toHaveTextContent('Este sitio da información, no consejo médico ni un diagnóstico.')
    expect(footer).toHaveTextContent('911 (EE. UU. y México) o 112 (España y la UE), o el número de emergencias de su país')
    expect(footer.textContent).not.toMatch(/\b999\b/)
  })

  it('links to the Spanish pages from a navigation named in Spanish', () => {
    render(examples.footerEs)
    const links = within(screen.getByRole('navigation', { name: 'Pie de página' })).getAllByRole('link')
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Sobre nosotros y nuestra política editorial', '/es/about/'],
      ['Quiénes somos y cómo nos financiamos', '/es/who-we-are/'],
      ['Correcciones y cambios', '/es/corrections/'],
      ['Accesibilidad', '/es/accessibility/'],
      ['Privacidad', '/es/privacy/'],
      ['Pida ayuda urgente', '/es/urgent-help/'],
    ])
  })

  it('names the author in a Spanish sentence, links to the Spanish profile, and has no English of its own', () => {
    const { container } = render(examples.footerEs)
    expect(screen.getByRole('link', { name: 'Dr. Victor Beer' })).toHaveAttribute('href', '/es/authors/victor-beer/')
    expect(screen.getByRole('contentinfo')).toHaveTextContent(
      'Autor y revisor médico: Dr. Victor Beer, dermatólogo. Sin cookies y sin rastreo.',
    )
    expect(screen.getByRole('contentinfo').textContent).not.toMatch(/dermatologist/i)
    expect(englishMessagesIn(container, siteMessages.en, siteMessages.es)).toEqual([])
  })

  it('would notice English left in it (the check above is not empty-handed)', () => {
    const { container } = render(examples.footer)
    expect(englishMessagesIn(container, siteMessages.en, siteMessages.es)).toEqual(
      expect.arrayContaining(['disclaimer', 'emergencyAdvice', 'footerNavigation', 'footerAbout', 'byline']),
    )
  })

  it('keeps the English emergency numbers the same as the site config', () => {
    expect(siteMessages.en.emergencyNumbers).toBe(siteConfig.emergencyNumbers)
  })
})
