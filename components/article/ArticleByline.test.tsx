/** @vitest-environment jsdom */
import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { examples } from './ArticleByline.examples'
import { englishMessagesIn } from './test-support'

describe('ArticleByline', () => {
  it('says once that one person wrote and medically reviewed the page, linking to their profile', () => {
    const { container } = render(examples.sameAuthorAndReviewer)
    expect(container).toHaveTextContent('Written and medically reviewed by Dr. Victor Beer · 6 minute read · Reviewed 30 November 2026')
    expect(screen.getAllByRole('link').map((link) => link.getAttribute('href'))).toEqual(['/authors/victor-beer/'])
  })

  it('names the writer and the medical reviewer apart when they are different people', () => {
    const { container } = render(examples.differentReviewer)
    expect(container).toHaveTextContent('Written by Ann Writer · Medically reviewed by Dr. Victor Beer · 4 minute read')
    expect(screen.getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Ann Writer', '/authors/ann-writer/'],
      ['Dr. Victor Beer', '/authors/victor-beer/'],
    ])
  })

  it('is written in Spanish on Spanish pages, with the date in Spanish and the profile under /es/', () => {
    const { container } = render(examples.sameAuthorAndReviewerSpanish)
    expect(container).toHaveTextContent(
      'Texto y revisión médica: Dr. Victor Beer · 6 min de lectura · Última revisión: 30 de noviembre de 2026',
    )
    expect(container.querySelector('time')).toHaveAttribute('datetime', '2026-11-30')
    expect(screen.getAllByRole('link').map((link) => link.getAttribute('href'))).toEqual(['/es/authors/victor-beer/'])
    expect(englishMessagesIn(container)).toEqual([])
  })

  it('names the writer and the reviewer apart in Spanish too', () => {
    const { container } = render(examples.differentReviewerSpanish)
    expect(container).toHaveTextContent('Escrito por: Ann Writer · Revisión médica: Dr. Victor Beer · 4 min de lectura')
    expect(screen.getAllByRole('link').map((link) => link.getAttribute('href'))).toEqual([
      '/es/authors/ann-writer/',
      '/es/authors/victor-beer/',
    ])
    expect(englishMessagesIn(container)).toEqual([])
  })
})
