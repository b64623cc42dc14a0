/** @vitest-environment jsdom */
import { render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { ReferenceList } from './ReferenceList'
import { examples } from './ReferenceList.examples'
import { englishMessagesIn } from './test-support'

describe('ReferenceList', () => {
  it('numbers the references in the order given, each with an id the markers link to', () => {
    render(examples.twoReferences)
    const items = within(screen.getByRole('list')).getAllByRole('listitem')
    expect(items.map((item) => item.id)).toEqual(['ref-nhs-botox', 'ref-king-2016-jcad'])
    expect(items[1]).toHaveTextContent('Management of ptosis. J Clin Aesthet Dermatol 2016;9(12):E1-E4, 2016. Review article.')
  })

  it('prints the full source address and links back to the text', () => {
    render(examples.twoReferences)
    expect(screen.getByRole('region', { name: 'References' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'https://www.nhs.uk/conditions/cosmetic-procedures/botox-injections/' })).toHaveAttribute(
      'rel',
      'noopener noreferrer',
    )
    expect(screen.getAllByRole('link', { name: 'Back to text' })[0]).toHaveAttribute('href', '#cite-nhs-botox')
  })

  it('renders nothing without references', () => {
    const { container } = render(<ReferenceList references={[]} locale="en" />)
    expect(container).toBeEmptyDOMElement()
  })

  it('heads the list and names the links back in Spanish on a Spanish page, keeping the sources as published', () => {
    const { container } = render(examples.twoReferencesSpanish)
    expect(screen.getByRole('region', { name: 'Fuentes' })).toBeInTheDocument()
    expect(screen.getAllByRole('link', { name: 'Volver al texto' }).map((link) => link.getAttribute('href'))).toEqual([
      '#cite-nhs-botox',
      '#cite-king-2016-jcad',
    ])
    expect(screen.getByText('Management of ptosis')).toBeInTheDocument()
    expect(englishMessagesIn(container)).toEqual([])
  })
})
