/** @vitest-environment jsdom */
import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { examples } from './ArticleByline.examples'

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
})
