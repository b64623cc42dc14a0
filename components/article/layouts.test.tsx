/** @vitest-environment jsdom */
import type { Article, Page } from 'contentlayer/generated'
import type { ReactElement } from 'react'
import { prerender } from 'react-dom/static'
import { within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { ArticleLayout } from '@/layouts/ArticleLayout'
import { layoutMessages } from '@/layouts/messages'
import { PageLayout } from '@/layouts/PageLayout'
import { exampleAuthor } from '@/tests/fixtures/author'
import { exampleReferences } from './ReferenceList.examples'
import { exampleCheckedTranslation, exampleTranslation } from './TranslationNotice.examples'
import { englishMessagesIn } from './test-support'

// The layouts (layouts/) are tested here because vitest.config.ts collects tests from components/, not layouts/.

// The layouts hold an async server component (the QR code), so they are rendered the way the build renders them.
async function renderStatic(element: ReactElement): Promise<HTMLElement> {
  const { prelude } = await prerender(element)
  const container = document.createElement('div')
  container.innerHTML = await new Response(prelude).text()
  document.body.append(container)
  return container
}

afterEach(() => {
  document.body.innerHTML = ''
})

// An MDX body that renders nothing: the layouts' own parts are under test here, not the content.
const emptyBody = { raw: '', code: 'return { default: function () { return null } }' }

const article = (overrides: Partial<Article>): Article =>
  ({
    _id: 'articles/common-side-effects.mdx',
    type: 'Article',
    title: 'Common side effects of Botox',
    description: 'What is common.',
    topic: 'side-effects',
    keyPoints: ['Most side effects are mild.'],
    publishedAt: '2025-03-10',
    lastReviewed: '2026-11-30',
    nextReviewDue: '2027-11-30',
    author: exampleAuthor.id,
    reviewer: exampleAuthor.id,
    citations: [],
    related: [],
    reviewChanges: [{ date: '2026-11-30', changes: ['The UK reporting route added.'] }],
    draft: false,
    body: emptyBody,
    slug: 'common-side-effects',
    url: '/articles/common-side-effects/',
    toc: [{ depth: 2, text: 'How often?', id: 'how-often' }],
    citedKeys: [],
    readingTime: 6,
    wordCount: 1200,
    ...overrides,
  }) as Article

const related = article({ slug: 'drooping-eyelid', title: 'Drooping eyelid', url: '/articles/drooping-eyelid/', readingTime: 4 })

const page = (overrides: Partial<Page>): Page =>
  ({
    _id: 'pages/about.mdx',
    type: 'Page',
    title: 'About this site',
    description: 'Who writes it.',
    lastUpdated: '2026-11-24',
    citations: [],
    body: emptyBody,
    slug: 'about',
    url: '/about/',
    toc: [],
    citedKeys: [],
    ...overrides,
  }) as Page

const layoutEnglish = (container: HTMLElement) =>
  Object.values(layoutMessages.en)
    .flatMap((template) => template.split(/\{\w+\}/).map((fragment) => fragment.trim()))
    .filter((fragment) => fragment.length >= 4 && container.textContent!.includes(fragment))

const notice = (container: HTMLElement) => container.querySelector('[data-translation-notice]')

describe('ArticleLayout', () => {
  const spanishArticle = () =>
    renderStatic(
      <ArticleLayout
        article={article({
          title: 'Efectos secundarios frecuentes del Botox',
          url: '/es/articles/common-side-effects/',
          keyPoints: ['La mayoría de los efectos secundarios son leves.'],
          reviewChanges: [{ date: '2026-11-30', changes: ['Añadimos cómo informar de un efecto en el Reino Unido.'] }],
        })}
        topic={{ id: 'side-effects', name: 'Efectos secundarios' }}
        author={exampleAuthor}
        reviewer={exampleAuthor}
        references={exampleReferences}
        related={[{ ...related, title: 'Párpado caído', url: '/es/articles/drooping-eyelid/' }]}
        tools={{ riskFigures: [] }}
        locale="es"
        translation={exampleCheckedTranslation}
      />,
    )

  it('puts a Spanish article’s parts in Spanish, with Spanish dates and links to the Spanish pages', async () => {
    const container = await spanishArticle()
    expect(container).toHaveTextContent(
      'Texto y revisión médica: Dr. Victor Beer · 6 min de lectura · Última revisión: 30 de noviembre de 2026',
    )
    for (const name of [
      'Puntos clave',
      'En esta página',
      'Qué cambió en esta revisión',
      'Fuentes',
      'Lea la versión más reciente en internet',
    ]) {
      expect(within(container).getByRole('heading', { name })).toBeInTheDocument()
    }
    expect(within(container).getByRole('complementary', { name: 'Revisión médica' })).toHaveTextContent(
      'Próxima revisión:30 de noviembre de 2027',
    )
    // The reviewer's job title from the profile's Spanish translation, not its English one.
    expect(within(container).getByRole('complementary', { name: 'Revisión médica' })).toHaveTextContent('Dr. Victor Beer, dermatólogo')
    expect(container.textContent).not.toMatch(/dermatologist/i)
    const hrefs = [...container.querySelectorAll('a')].map((link) => link.getAttribute('href'))
    expect(hrefs).toEqual(
      expect.arrayContaining([
        '/es/articles/#side-effects',
        '/es/authors/victor-beer/',
        '/es/urgent-help/',
        '/es/who-we-are/',
        '/es/articles/common-side-effects/qr.svg',
        '/es/articles/drooping-eyelid/',
      ]),
    )
    expect(hrefs.filter((href) => href?.startsWith('/') && !href.startsWith('/es/'))).toEqual(['/articles/common-side-effects/'])
    expect(container.querySelector('[data-share-bar]')?.getAttribute('data-canonical-url')).toMatch(
      /\/es\/articles\/common-side-effects\/$/,
    )
    expect(englishMessagesIn(container)).toEqual([])
    expect(layoutEnglish(container)).toEqual([])
  })

  it('says, just after the byline, that the article is a translation and who checked what', async () => {
    const container = await spanishArticle()
    const shown = notice(container)
    expect(shown?.previousElementSibling?.textContent).toMatch(/^Texto y revisión médica/)
    expect(shown).toHaveTextContent(
      'Esta página es una traducción de la versión en inglés, revisada por Dr. Victor Beer el 30 de noviembre de 2026. Traducción: Ana Traductora. Revisión de la traducción: Dra. Elena Revisora, 3 de diciembre de 2026.',
    )
    expect(within(shown as HTMLElement).getByRole('link')).toHaveAttribute('href', '/articles/common-side-effects/')
  })

  it('names no translator or translation reviewer the content does not give', async () => {
    const container = await renderStatic(
      <ArticleLayout
        article={article({ url: '/es/articles/common-side-effects/' })}
        topic={{ id: 'side-effects', name: 'Efectos secundarios' }}
        author={exampleAuthor}
        reviewer={exampleAuthor}
        references={[]}
        related={[]}
        tools={{ riskFigures: [] }}
        locale="es"
        translation={exampleTranslation}
      />,
    )
    expect(notice(container)).toHaveTextContent(
      /^Esta página es una traducción de la versión en inglés, revisada por Dr\. Victor Beer el 30 de noviembre de 2026\.$/,
    )
  })

  it('keeps the English article as it was, with no translation notice even when given translation facts', async () => {
    const container = await renderStatic(
      <ArticleLayout
        article={article({ draft: true })}
        topic={{ id: 'side-effects', name: 'Side effects' }}
        author={exampleAuthor}
        reviewer={exampleAuthor}
        references={exampleReferences}
        related={[related]}
        tools={{ riskFigures: [] }}
        locale="en"
        translation={exampleCheckedTranslation}
      />,
    )
    expect(notice(container)).toBeNull()
    expect(container).not.toHaveTextContent('traducción')
    expect(container).toHaveTextContent('Written and medically reviewed by Dr. Victor Beer · 6 minute read · Reviewed 30 November 2026')
    expect(container).toHaveTextContent('Draft: not published')
    expect(container).toHaveTextContent('Related articles')
    const hrefs = [...container.querySelectorAll('a')].map((link) => link.getAttribute('href'))
    expect(hrefs.filter((href) => href?.startsWith('/es/'))).toEqual([])
    expect(hrefs).toEqual(
      expect.arrayContaining(['/articles/#side-effects', '/authors/victor-beer/', '/articles/common-side-effects/qr.svg']),
    )
  })
})

describe('PageLayout', () => {
  it('dates a Spanish page in Spanish and says it is a translation', async () => {
    const container = await renderStatic(
      <PageLayout
        page={page({ title: 'Sobre este sitio', url: '/es/about/' })}
        references={exampleReferences}
        tools={{ riskFigures: [] }}
        locale="es"
        translation={{ ...exampleTranslation, sourcePath: '/about/', sourceLastReviewed: '2026-11-24' }}
      />,
    )
    expect(container).toHaveTextContent('Última actualización: 24 de noviembre de 2026')
    expect(notice(container)).toHaveTextContent('revisada por Dr. Victor Beer el 24 de noviembre de 2026.')
    expect(within(notice(container) as HTMLElement).getByRole('link')).toHaveAttribute('href', '/about/')
    expect(within(container).getByRole('heading', { name: 'Fuentes' })).toBeInTheDocument()
    expect(englishMessagesIn(container)).toEqual([])
    expect(layoutEnglish(container)).toEqual([])
  })

  it('keeps the English page as it was, without a translation notice', async () => {
    const container = await renderStatic(
      <PageLayout page={page({})} references={[]} tools={{ riskFigures: [] }} locale="en" translation={exampleTranslation} />,
    )
    expect(container).toHaveTextContent('Last updated 24 November 2026')
    expect(notice(container)).toBeNull()
  })
})
