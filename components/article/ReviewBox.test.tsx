/** @vitest-environment jsdom */
import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { examples } from './ReviewBox.examples'

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
    render(examples.differentAuthor)
    expect(screen.getByRole('link', { name: 'Ann Writer' })).toHaveAttribute('href', '/authors/ann-writer/')
  })
})
