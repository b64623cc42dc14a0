/** @vitest-environment jsdom */
import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { siteConfig } from '@/lib/site/site-config'
import { Disclosure, EditorialEmail } from './SiteFacts'

describe('the site facts MDX components', () => {
  it('show each part of the disclosure exactly as the site config words it', () => {
    const { container, rerender } = render(<Disclosure part="competingInterests" />)
    expect([...container.querySelectorAll('p')].map((paragraph) => paragraph.textContent)).toEqual(siteConfig.competingInterests)
    rerender(<Disclosure part="funding" />)
    expect([...container.querySelectorAll('p')].map((paragraph) => paragraph.textContent)).toEqual([siteConfig.publisher.funding])
    rerender(<Disclosure part="runBy" />)
    expect([...container.querySelectorAll('p')].map((paragraph) => paragraph.textContent)).toEqual([siteConfig.publisher.runBy])
  })

  it('refuses a part the config does not have, so a typo in MDX stops the build', () => {
    // @ts-expect-error: MDX is not type-checked, so the component checks for itself
    expect(() => render(<Disclosure part="sponsors" />)).toThrow('<Disclosure part="sponsors" />')
  })

  it('links the editorial address from the config', () => {
    render(<EditorialEmail config={{ ...siteConfig, editorialEmail: 'editor@example.org' }} />)
    expect(screen.getByRole('link', { name: 'editor@example.org' })).toHaveAttribute('href', 'mailto:editor@example.org')
  })
})
