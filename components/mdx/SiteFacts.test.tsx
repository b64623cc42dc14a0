/** @vitest-environment jsdom */
import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { parseSiteConfig, siteConfig, siteConfigInput } from '@/lib/site/site-config'
import { Disclosure, EditorialEmail } from './SiteFacts'

const paragraphs = (container: HTMLElement) => [...container.querySelectorAll('p')].map((paragraph) => paragraph.textContent)

describe('the site facts MDX components', () => {
  it('show each part of the disclosure exactly as the site config words it', () => {
    const { container, rerender } = render(<Disclosure part="competingInterests" locale="en" />)
    expect(paragraphs(container)).toEqual(siteConfig.competingInterests)
    rerender(<Disclosure part="funding" locale="en" />)
    expect(paragraphs(container)).toEqual([siteConfig.publisher.funding])
    rerender(<Disclosure part="runBy" locale="en" />)
    expect(paragraphs(container)).toEqual([siteConfig.publisher.runBy])
  })

  it('show the Spanish edition of each part from the config, and none of the English', () => {
    const spanish = siteConfig.translations.es
    const { container, rerender } = render(<Disclosure part="competingInterests" locale="es" />)
    expect(paragraphs(container)).toEqual(spanish.competingInterests)
    rerender(<Disclosure part="funding" locale="es" />)
    expect(paragraphs(container)).toEqual([spanish.funding])
    rerender(<Disclosure part="runBy" locale="es" />)
    expect(paragraphs(container)).toEqual([spanish.runBy])
    for (const part of ['runBy', 'funding', 'competingInterests'] as const) {
      rerender(<Disclosure part={part} locale="es" />)
      for (const english of [siteConfig.publisher.runBy, siteConfig.publisher.funding, ...siteConfig.competingInterests])
        expect(container.textContent).not.toContain(english)
    }
  })

  it('refuses a Spanish disclosure that leaves out a paragraph of the English', () => {
    const input = { ...siteConfigInput, translations: { es: { ...siteConfigInput.translations.es, competingInterests: ['Solo uno.'] } } }
    expect(() => parseSiteConfig(input)).toThrow(
      `lib/site/site-config.ts › translations.es.competingInterests: has 1 paragraph(s), English has ${siteConfigInput.competingInterests.length}: translate each one`,
    )
  })

  it('refuses a part the config does not have, so a typo in MDX stops the build', () => {
    // @ts-expect-error: MDX is not type-checked, so the component checks for itself
    expect(() => render(<Disclosure part="sponsors" locale="en" />)).toThrow('<Disclosure part="sponsors" />')
  })

  it('links the editorial address from the config, in every edition', () => {
    const config = { ...siteConfig, editorialEmail: 'editor@example.org' }
    const { rerender } = render(<EditorialEmail locale="en" config={config} />)
    expect(screen.getByRole('link', { name: 'editor@example.org' })).toHaveAttribute('href', 'mailto:editor@example.org')
    rerender(<EditorialEmail locale="es" config={config} />)
    expect(screen.getByRole('link', { name: 'editor@example.org' })).toHaveAttribute('href', 'mailto:editor@example.org')
  })
})
