/** @vitest-environment jsdom */
import { render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { siteConfig } from '@/lib/site/site-config'
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
