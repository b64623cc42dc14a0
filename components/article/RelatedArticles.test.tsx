/** @vitest-environment jsdom */
import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { ArticleCard } from './ArticleCard'
import { RelatedArticles } from './RelatedArticles'
import { examples } from './RelatedArticles.examples'
import { englishMessagesIn } from './test-support'

describe('RelatedArticles', () => {
  it('lists the related articles under a heading, each with its reading time', () => {
    render(examples.english)
    const section = screen.getByRole('region', { name: 'Related articles' })
    expect(section).toHaveTextContent('Drooping eyelid after BotoxWhy it happens and how long it lasts.5 minute read')
    expect(screen.getByRole('link', { name: 'Drooping eyelid after Botox' })).toHaveAttribute('href', '/articles/drooping-eyelid/')
  })

  it('is headed and timed in Spanish on a Spanish page, linking to the Spanish articles', () => {
    const { container } = render(examples.spanish)
    const section = screen.getByRole('region', { name: 'Artículos relacionados' })
    expect(section).toHaveTextContent('5 min de lectura')
    expect(screen.getByRole('link', { name: 'Párpado caído después del Botox' })).toHaveAttribute('href', '/es/articles/drooping-eyelid/')
    expect(englishMessagesIn(container)).toEqual([])
  })

  it('renders nothing without related articles', () => {
    expect(render(<RelatedArticles articles={[]} locale="es" />).container).toBeEmptyDOMElement()
  })
})

describe('ArticleCard', () => {
  it('gives the reading time in the page’s language', () => {
    const card = (locale: 'en' | 'es') => (
      <ul>
        <ArticleCard title="A" description="B" url="/articles/a/" readingTime={3} locale={locale} />
      </ul>
    )
    expect(render(card('en')).container).toHaveTextContent('3 minute read')
    expect(render(card('es')).container).toHaveTextContent('3 min de lectura')
  })
})
