/** @vitest-environment jsdom */
import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { reportProblemHref, reportSubjectPrefix, unknownAddress } from '@/lib/site/feedback'
import { absoluteUrl } from '@/lib/site/site-config'
import { REPORTS_POLICY_PATH } from '@/lib/site/routes'
import fs from 'node:fs'
import GithubSlugger from 'github-slugger'
import { englishMessagesIn } from './english-left'
import { siteMessages } from './messages'
import { REPORTS_POLICY, ReportProblem } from './ReportProblem'
import { examples } from './ReportProblem.examples'

describe('ReportProblem', () => {
  it('links by email to the editor with this page named, and says what happens next', () => {
    render(examples.article)
    const link = screen.getByRole('link', { name: 'Report a problem with this page' })
    expect(link).toHaveAttribute(
      'href',
      reportProblemHref({ title: 'Common side effects of Botox', path: '/articles/common-side-effects/' }),
    )
    expect(screen.getByRole('complementary', { name: 'Something wrong or unclear?' })).toHaveTextContent(
      'nothing is sent until you send it',
    )
    expect(screen.getByRole('link', { name: 'What we do with reports' })).toHaveAttribute('href', REPORTS_POLICY_PATH)
  })

  it('is a link, not a form: nothing on it can submit anything', () => {
    const { container } = render(examples.article)
    expect(container.querySelector('form, button, input, script')).toBeNull()
  })
})

describe('ReportProblem in the Spanish edition', () => {
  it('names the link and says what happens next in Spanish, with the Spanish page in the email', () => {
    const { container } = render(examples.articleEs)
    const link = screen.getByRole('link', { name: 'Informar de un problema con esta página' })
    expect(link).toHaveAttribute(
      'href',
      reportProblemHref({ title: 'Efectos secundarios frecuentes del Botox', path: '/es/articles/common-side-effects/' }),
    )
    expect(screen.getByRole('complementary', { name: '¿Algo está mal o no se entiende?' })).toHaveTextContent(
      'No se envía nada hasta que usted lo envíe.',
    )
    expect(screen.getByRole('link', { name: 'Qué hacemos con los informes' })).toHaveAttribute('href', REPORTS_POLICY.es)
    expect(REPORTS_POLICY.es.startsWith('/es/about/#')).toBe(true)
    expect(englishMessagesIn(container, siteMessages.en, siteMessages.es)).toEqual([])
  })

  it('reports the page at its Spanish address even when given the English path', () => {
    render(<ReportProblem locale="es" page={{ title: 'Todos los artículos', path: '/articles/' }} />)
    expect(screen.getByRole('link', { name: 'Informar de un problema con esta página' })).toHaveAttribute(
      'href',
      reportProblemHref({ title: 'Todos los artículos', path: '/es/articles/' }),
    )
  })

  it('writes the email itself in Spanish: subject, the page and its Spanish address, and the question', () => {
    render(examples.articleEs)
    const href = new URL(screen.getByRole('link', { name: 'Informar de un problema con esta página' }).getAttribute('href')!)
    expect(href.searchParams.get('subject')).toBe(`${reportSubjectPrefix('es')} Efectos secundarios frecuentes del Botox`)
    expect(href.searchParams.get('subject')).toMatch(/^Problema con una página: /)
    const body = href.searchParams.get('body') ?? ''
    expect(body.split('\r\n').slice(0, 4)).toEqual([
      'Página: Efectos secundarios frecuentes del Botox',
      `Dirección: ${absoluteUrl('/es/articles/common-side-effects/')}`,
      '',
      'Qué está mal o qué no se entiende:',
    ])
  })

  it('asks in Spanish for the address on the Spanish "page not found" page, which has none', () => {
    render(<ReportProblem locale="es" page={{ title: 'No encontramos la página', path: null }} />)
    const href = new URL(screen.getByRole('link', { name: 'Informar de un problema con esta página' }).getAttribute('href')!)
    expect(href.searchParams.get('subject')).toBe(`${reportSubjectPrefix('es')} No encontramos la página`)
    expect(href.searchParams.get('body')).toContain(`Dirección: ${unknownAddress('es')}\r\n`)
    expect(href.searchParams.get('body')).not.toMatch(/Page:|Address:|please paste/)
  })

  it.each([
    ['en', 'content/pages/about.mdx'],
    ['es', 'content/es/pages/about.mdx'],
  ] as const)('points the %s policy link at a heading its about page has', (locale, file) => {
    const slugger = new GithubSlugger()
    const ids = [...fs.readFileSync(file, 'utf8').matchAll(/^#{2,3} (.+)$/gm)].map((match) => slugger.slug(match[1]!))
    expect(ids).toContain(decodeURIComponent(REPORTS_POLICY[locale].split('#')[1]!))
  })
})
