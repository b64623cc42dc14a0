/** @vitest-environment jsdom */
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { examples } from './SiteHeader.examples'

describe('SiteHeader with SkipLink', () => {
  it('has the urgent help link pointing at the urgent help page', () => {
    render(examples.header)
    expect(screen.getByRole('link', { name: /Get urgent help/ })).toHaveAttribute('href', '/urgent-help/')
  })

  it('has a named main navigation', () => {
    render(examples.header)
    expect(screen.getByRole('navigation', { name: 'Main' })).toHaveTextContent('Articles')
  })

  it('names the person behind the site from their profile and links to it', () => {
    render(examples.header)
    const navigation = screen.getByRole('navigation', { name: 'Main' })
    expect(within(navigation).getByRole('link', { name: 'Dr. Victor Beer' })).toHaveAttribute('href', '/authors/victor-beer/')
  })

  it('puts the skip link first in the tab order, aimed at the main content', async () => {
    render(examples.header)
    await userEvent.tab()
    expect(document.activeElement).toHaveAccessibleName('Skip to main content')
    expect(document.activeElement).toHaveAttribute('href', '#main-content')
  })
})
