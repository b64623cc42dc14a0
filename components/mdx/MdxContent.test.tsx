/** @vitest-environment jsdom */
import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { getArticle, getCitedReferences, getPage, getToolData } from '@/lib/content/accessors'
import { checkClaims, claimsFromDocument } from '@/lib/triage/consistency'
import { allPageTranslations } from 'contentlayer/generated'
import { englishMessagesIn } from '@/components/site/english-left'
import { siteConfig } from '@/lib/site/site-config'
import { mdxMessages } from './messages'
import { MdxContent } from './MdxContent'
import { loadSpanishTriageModel } from './test-models'

// Uses a real article as contentlayer compiled it, so the test covers the MDX the site ships.
const article = getArticle('botox-risks-at-a-glance')!
const citedKeys: string[] = article.citedKeys
const props = { code: article.body.code, locale: 'en' as const, citedKeys, tools: getToolData(), references: getCitedReferences(citedKeys) }

describe('MdxContent', () => {
  it('numbers citation markers by the order the text first cites each source', () => {
    const { container } = render(<MdxContent {...props} />)
    const markers = [...container.querySelectorAll('sup.citation a')]
    expect(markers.length).toBeGreaterThanOrEqual(article.citedKeys.length)
    const firstMarkers = citedKeys.map((key) => container.querySelector(`#cite-${key.toLowerCase()}`))
    firstMarkers.forEach((marker, index) => {
      expect(marker).toHaveTextContent(`[${index + 1}]`)
      expect(marker).toHaveAttribute('href', `#ref-${citedKeys[index]!.toLowerCase()}`)
    })
  })

  it('gives each heading the id the table of contents links to', () => {
    const { container } = render(<MdxContent {...props} />)
    const ids = [...container.querySelectorAll('h2[id], h3[id]')].map((heading) => heading.id)
    expect(ids).toEqual(expect.arrayContaining((article.toc as { id: string }[]).map((entry) => entry.id)))
  })

  it('renders the care cards with their level in words', () => {
    render(<MdxContent {...props} />)
    expect(screen.getAllByRole('heading', { name: /^Emergency advice:/ }).length).toBeGreaterThanOrEqual(1)
  })

  it('draws the risk figures with a marker numbered like the source in the text', () => {
    const { container } = render(<MdxContent {...props} />)
    const figure = container.querySelector('[data-figure="any-side-effect-cosmetic"]')!
    const number = citedKeys.indexOf('JAADINT-2023-ONABOTA-POOLED') + 1
    expect(figure.querySelector('sup.citation a')).toHaveTextContent(`[${number}]`)
    const solidPeople = [...figure.querySelectorAll('rect[data-filled="true"]')].reduce(
      (sum, rect) => sum + Number(rect.getAttribute('data-people')),
      0,
    )
    expect(solidPeople).toBe(33 + 29)
  })

  it('refuses a risk figure without data', () => {
    expect(() => render(<MdxContent {...props} tools={{ riskFigures: [] }} />)).toThrow(/has no data in content\/tools\/risk-figures.json/)
  })

  it('fails loudly when a marker cites a key the page does not list', () => {
    expect(() => render(<MdxContent {...props} citedKeys={citedKeys.slice(1)} />)).toThrow(/is not among this page's cited keys/)
  })

  it('renders care cards that name signs from the model, with every citation numbered like the page', () => {
    const { container } = render(<MdxContent {...props} />)
    const cards = [...container.querySelectorAll('.care-card[data-signs]')]
    expect(cards.length).toBeGreaterThanOrEqual(3)
    for (const card of cards) expect(card.querySelectorAll('sup.citation a').length).toBeGreaterThan(0)
  })
})

describe('the urgent-help page', () => {
  const page = getPage('urgent-help')!
  const pageProps = {
    code: page.body.code,
    locale: 'en' as const,
    citedKeys: page.citedKeys as string[],
    tools: getToolData(),
    references: getCitedReferences(page.citedKeys),
  }

  it('generates its boxes from the model, as h2s, and shows every sign at the model level', () => {
    const { container } = render(<MdxContent {...pageProps} />)
    const cards = [...container.querySelectorAll('[data-level]')]
    expect(cards.map((card) => card.getAttribute('data-level'))).toEqual(['emergency', 'urgent', 'urgent', 'routine'])
    for (const card of cards) expect(card.querySelector('h2')).not.toBeNull()
    expect(container.querySelector('h3')).toBeNull()
    expect(checkClaims(getToolData().triage!, claimsFromDocument(container, 'urgent-help'))).toEqual([])
    // Double or blurred vision with a drooping eyelid: in the emergency box, and nowhere else.
    const holding = cards.filter((card) => card.getAttribute('data-signs')!.split(' ').includes('double-vision-with-drooping-eyelid'))
    expect(holding.map((card) => card.getAttribute('data-level'))).toEqual(['emergency'])
  })
})

describe('MdxContent in the Spanish edition', () => {
  const spanishPage = (slug: string) => {
    const page = allPageTranslations.find((candidate) => candidate.slug === slug)!
    return {
      code: page.body.code,
      locale: 'es' as const,
      citedKeys: page.citedKeys as string[],
      tools: { ...getToolData(), triage: loadSpanishTriageModel() },
      references: getCitedReferences(page.citedKeys as string[]),
    }
  }

  it('gives the care cards and citation markers their Spanish words, with no English of their own', () => {
    const { container } = render(<MdxContent {...spanishPage('urgent-help')} />)
    const cards = [...container.querySelectorAll('.care-card')]
    expect(cards.map((card) => card.getAttribute('data-level'))).toEqual(['emergency', 'urgent', 'urgent', 'routine'])
    expect(screen.getAllByRole('heading', { level: 2, name: /^Consejo de emergencia: / })).toHaveLength(1)
    const markers = [...container.querySelectorAll('sup.citation a')]
    expect(markers.length).toBeGreaterThan(0)
    for (const marker of markers) expect(marker.getAttribute('aria-label')).toMatch(/^Referencia \d+$/)
    expect(englishMessagesIn(container, mdxMessages.en, mdxMessages.es)).toEqual([])
  })

  it('shows the disclosure as the config words it for Spanish readers, without the MDX naming a locale', () => {
    const { container } = render(<MdxContent {...spanishPage('who-we-are')} />)
    const paragraphs = [...container.querySelectorAll('p')].map((paragraph) => paragraph.textContent)
    const spanish = siteConfig.translations.es
    expect(paragraphs).toEqual(expect.arrayContaining([spanish.runBy, spanish.funding, ...spanish.competingInterests]))
    for (const english of [siteConfig.publisher.runBy, siteConfig.publisher.funding, ...siteConfig.competingInterests])
      expect(container.textContent).not.toContain(english)
    expect(screen.getByRole('link', { name: siteConfig.editorialEmail })).toHaveAttribute('href', `mailto:${siteConfig.editorialEmail}`)
  })
})
