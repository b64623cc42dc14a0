/** @vitest-environment jsdom */
import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { examples } from './ReviewBox.examples'
import { englishMessagesIn } from './test-support'

describe('ReviewBox', () => {
  it('names the medical reviewer with a link to the profile', () => {
    render(examples.sameAuthorAndReviewer)
    expect(screen.getByRole('link', { name: 'Dr. Victor Beer' })).toHaveAttribute('href', '/authors/victor-beer/')
    expect(screen.getByRole('complementary', { name: 'Medical review' })).toHaveTextContent(
      'Medically reviewed by Dr. Victor Beer, dermatologist, who also wrote this page.',
    )
  })

  it('shows when the page was first published, last reviewed and is next due a review, for people and machines', () => {
    const { container } = render(examples.sameAuthorAndReviewer)
    expect(container).toHaveTextContent('First published:10 March 2025')
    expect(container).toHaveTextContent('Last reviewed:24 November 2026')
    expect(container).toHaveTextContent('Next review due:24 November 2027')
    expect([...container.querySelectorAll('time')].map((time) => time.getAttribute('datetime'))).toEqual([
      '2025-03-10',
      '2026-11-24',
      '2027-11-24',
    ])
  })

  it('links to who runs and pays for the site and what could colour its pages', () => {
    render(examples.sameAuthorAndReviewer)
    expect(screen.getByRole('link', { name: 'Who we are, how we are funded and our competing interests' })).toHaveAttribute(
      'href',
      '/who-we-are/',
    )
  })

  it('names the writer separately when someone else wrote the page', () => {
    const { container } = render(examples.differentAuthor)
    expect(screen.getByRole('link', { name: 'Ann Writer' })).toHaveAttribute('href', '/authors/ann-writer/')
    expect(container).toHaveTextContent('Medically reviewed by Dr. Victor Beer, dermatologist · Written by Ann Writer.')
  })

  it('says who reviewed the page and when in Spanish, with Spanish dates and links to the Spanish pages', () => {
    const { container } = render(examples.sameAuthorAndReviewerSpanish)
    expect(screen.getByRole('complementary', { name: 'Revisión médica' })).toHaveTextContent(
      'Revisión médica: Dr. Victor Beer, dermatólogo, que también escribió esta página.',
    )
    expect(container.textContent).not.toMatch(/dermatologist/i)
    expect(container).toHaveTextContent('Primera publicación:10 de marzo de 2025')
    expect(container).toHaveTextContent('Última revisión:24 de noviembre de 2026')
    expect(container).toHaveTextContent('Próxima revisión:24 de noviembre de 2027')
    expect([...container.querySelectorAll('time')].map((time) => time.getAttribute('datetime'))).toEqual([
      '2025-03-10',
      '2026-11-24',
      '2027-11-24',
    ])
    expect(screen.getAllByRole('link').map((link) => link.getAttribute('href'))).toEqual(['/es/authors/victor-beer/', '/es/who-we-are/'])
    expect(englishMessagesIn(container)).toEqual([])
  })

  it('names the writer separately in Spanish too', () => {
    const { container } = render(examples.differentAuthorSpanish)
    expect(container).toHaveTextContent('Revisión médica: Dr. Victor Beer, dermatólogo · Escrito por: Ann Writer.')
    expect(container.textContent).not.toMatch(/dermatologist/i)
    expect(screen.getByRole('link', { name: 'Ann Writer' })).toHaveAttribute('href', '/es/authors/ann-writer/')
    expect(englishMessagesIn(container)).toEqual([])
  })
})
