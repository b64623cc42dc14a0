/** @vitest-environment jsdom */
import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { TableOfContents } from './TableOfContents'
import { examples } from './TableOfContents.examples'
import { englishMessagesIn } from './test-support'

describe('TableOfContents', () => {
  it('is a named navigation region linking to each section id', () => {
    render(examples.nested)
    const nav = screen.getByRole('navigation', { name: 'On this page' })
    const links = [...nav.querySelectorAll('a')].map((link) => link.getAttribute('href'))
    expect(links).toEqual(['#how-often-do-side-effects-happen', '#how-long-does-a-bruise-last', '#when-to-get-help'])
  })

  it('indents sub-sections', () => {
    render(examples.nested)
    expect(screen.getByRole('link', { name: 'How long does a bruise last?' }).closest('li')).toHaveClass('pl-5')
  })

  it('renders nothing for a page without sections', () => {
    const { container } = render(<TableOfContents entries={[]} locale="en" />)
    expect(container).toBeEmptyDOMElement()
  })

  it('is named "En esta página" on a Spanish page and links to the Spanish headings’ ids', () => {
    const { container } = render(examples.nestedSpanish)
    const nav = screen.getByRole('navigation', { name: 'En esta página' })
    expect([...nav.querySelectorAll('a')].map((link) => link.getAttribute('href'))).toEqual([
      '#con-qué-frecuencia-hay-efectos-secundarios',
      '#cuánto-dura-un-moretón',
      '#cuándo-pedir-ayuda',
    ])
    expect(englishMessagesIn(container)).toEqual([])
  })
})
