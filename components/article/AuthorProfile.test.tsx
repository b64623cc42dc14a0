/** @vitest-environment jsdom */
import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { examples } from './AuthorProfile.examples'
import { englishMessagesIn } from './test-support'

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

  it('labels the profile in Spanish on a Spanish page, and says what the person did for each article', () => {
    const { container } = render(examples.withArticlesSpanish)
    expect([...container.querySelectorAll('dt')].map((term) => term.textContent)).toEqual([
      'Títulos',
      'Registro profesional',
      'Especialidades',
      'Experiencia',
      'Asociaciones profesionales',
    ])
    expect(container).toHaveTextContent('A medical register, número 1234567 (compruébelo en el registro)')
    expect(screen.getByRole('heading', { level: 2, name: 'Artículos escritos o revisados por: Dr. Victor Beer' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Efectos secundarios frecuentes del Botox' })).toHaveAttribute(
      'href',
      '/es/articles/common-side-effects/',
    )
    expect(screen.getByText('Escrito y revisado por: Dr. Victor Beer')).toBeInTheDocument()
    expect(screen.getByText('Revisado por: Dr. Victor Beer')).toBeInTheDocument()
    expect(englishMessagesIn(container)).toEqual([])
  })

  it('gives the job title in English on an English page and in Spanish on a Spanish one', () => {
    const english = render(examples.withoutArticles)
    expect(english.container.querySelector('h1 + p')).toHaveTextContent(/^Dermatologist$/)
    english.unmount()
    const { container } = render(examples.withoutArticlesSpanish)
    expect(container.querySelector('h1 + p')).toHaveTextContent(/^Dermatólogo$/)
  })

  it('says in Spanish that there are no articles yet', () => {
    const { container } = render(examples.withoutArticlesSpanish)
    expect(screen.getByText('Todavía no hay artículos.')).toBeInTheDocument()
    expect(englishMessagesIn(container)).toEqual([])
  })
})
