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

  it('shows a registration, with a link to the register, when the profile gives one', () => {
    const { container } = render(examples.withArticles)
    expect(container).toHaveTextContent('RegistrationA medical register, number 1234567 (check it on the register)')
    expect(screen.getByRole('link', { name: 'check it on the register' })).toHaveAttribute('href', 'https://register.example/1234567')
  })

  it('shows no registration heading when the profile gives none: nothing is filled in for anyone', () => {
    const { container } = render(examples.withoutArticles)
    expect([...container.querySelectorAll('dt')].map((term) => term.textContent)).not.toContain('Registration')
    expect(container).not.toHaveTextContent(/number \d/)
  })

  it('says so when there are no articles yet', () => {
    render(examples.withoutArticles)
    expect(screen.getByText('No articles yet.')).toBeInTheDocument()
  })
})
