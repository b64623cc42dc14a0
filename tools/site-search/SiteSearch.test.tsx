/** @vitest-environment jsdom */
import { render, screen } from '@testing-library/preact'
import { describe, expect, it } from 'vitest'
import { SearchOutcome, SiteSearch } from './SiteSearch'
import { examples } from './SiteSearch.examples'
import { siteSearchProps } from './index'
import { siteSearchMessages } from './messages'

describe('SiteSearch', () => {
  it('is a labelled search form that also works as a plain GET form', () => {
    render(examples.search)
    const form = screen.getByRole('search')
    expect(form).toHaveAttribute('action', '/search/')
    expect(form).toHaveAttribute('method', 'get')
    expect(screen.getByRole('searchbox', { name: 'Search the articles' })).toHaveAttribute('name', 'q')
  })

  it('announces nothing until the reader has typed, and offers the article list to readers without JavaScript', () => {
    render(examples.search)
    expect(screen.getByRole('status')).toBeEmptyDOMElement()
    expect(screen.getByRole('link', { name: 'browse all articles by topic' })).toHaveAttribute('href', '/articles/')
    expect(screen.getByRole('link').parentElement).toHaveTextContent(
      'Search needs JavaScript, which is turned off or still loading. You can browse all articles by topic instead.',
    )
  })

  it('says how many articles match, or where else to look', () => {
    const outcome = (count: number) =>
      render(<SearchOutcome term="eyelid" count={count} articlesPath="/articles/" messages={siteSearchMessages.en} />).container
    expect(outcome(0)).toHaveTextContent('No articles match “eyelid”. Try another word, or browse all articles.')
    expect(outcome(1)).toHaveTextContent('1 article matches “eyelid”')
    expect(outcome(3)).toHaveTextContent('3 articles match “eyelid”')
  })
})

describe('SiteSearch in Spanish', () => {
  it('labels the form in Spanish and sends it to the Spanish search page', () => {
    render(examples.searchSpanish)
    expect(screen.getByRole('search')).toHaveAttribute('action', '/es/search/')
    expect(screen.getByRole('searchbox', { name: 'Buscar en los artículos' })).toHaveAttribute('name', 'q')
    expect(screen.getByRole('button', { name: 'Buscar' })).toBeInTheDocument()
  })

  it('offers the Spanish article list to readers without JavaScript', () => {
    render(examples.searchSpanish)
    const link = screen.getByRole('link', { name: 'ver todos los artículos por tema' })
    expect(link).toHaveAttribute('href', '/es/articles/')
    expect(link.parentElement).toHaveTextContent(
      'La búsqueda necesita JavaScript, que está desactivado o todavía se está cargando. En su lugar, puede ver todos los artículos por tema.',
    )
  })

  it('says in Spanish how many articles match, or where else to look', () => {
    const outcome = (count: number, term = 'párpado') =>
      render(<SearchOutcome term={term} count={count} articlesPath="/es/articles/" messages={siteSearchMessages.es} />).container
    const none = outcome(0)
    expect(none).toHaveTextContent('Ningún artículo coincide con «párpado». Pruebe con otra palabra o vea todos los artículos.')
    expect(none.querySelector('a')).toHaveAttribute('href', '/es/articles/')
    expect(outcome(1)).toHaveTextContent('1 artículo coincide con «párpado»')
    expect(outcome(4)).toHaveTextContent('4 artículos coinciden con «párpado»')
    // What the reader typed is their text, never a placeholder of ours.
    expect(outcome(0, '{link}')).toHaveTextContent('Ningún artículo coincide con «{link}».')
  })

  it('shows no English message text', () => {
    const texts = [
      render(<SiteSearch {...siteSearchProps('es')} />).container.textContent ?? '',
      ...[0, 1, 2].map(
        (count) =>
          render(<SearchOutcome term="x" count={count} articlesPath="/es/articles/" messages={siteSearchMessages.es} />).container
            .textContent ?? '',
      ),
    ]
    for (const english of Object.values(siteSearchMessages.en)) {
      for (const part of english.split(/\{\w+\}/).map((piece) => piece.trim())) {
        if (part.length > 2) for (const text of texts) expect(text, `"${part}" from "${english}"`).not.toContain(part)
      }
    }
  })
})

describe('siteSearchProps', () => {
  it("gives the island one edition's words and addresses", () => {
    expect(siteSearchProps('en')).toEqual({ messages: siteSearchMessages.en, paths: { search: '/search/', articles: '/articles/' } })
    expect(siteSearchProps('es')).toEqual({ messages: siteSearchMessages.es, paths: { search: '/es/search/', articles: '/es/articles/' } })
  })
})
