/** @vitest-environment jsdom */
import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { examples } from './AuthorProfile.examples'

describe('AuthorProfile', () => {
  it('shows name, specialties, professional bodies and what the person wrote or reviewed', () => {
    render(examples.withArticles)
    expect(screen.getByRole('heading', { level: 1, name: 'Dr. Victor Beer' })).toBeInTheDocument()
    expect(screen.getByText('Cosmetic dermatology')).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'A dermatology society' })).toHaveAttribute('href', 'https://society.example/')
    expect(screen.getByRole('link', { name: 'Common side effects of Botox' })).toHaveAttribute('href', '/articles/common-side-effects/')
    expect(screen.getByText('Written and Reviewed by Dr. Victor Beer')).toBeInTheDocument()
  })

  it('says so when there are no articles yet', () => {
    render(examples.withoutArticles)
    expect(screen.getByText('No articles yet.')).toBeInTheDocument()
  })
})
