/** @vitest-environment jsdom */
import { render, screen } from '@testing-library/preact'
import { describe, expect, it } from 'vitest'
import { examples } from './SiteSearch.examples'

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
  })
})
