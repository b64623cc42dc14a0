/** @vitest-environment jsdom */
import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { reportProblemHref } from '@/lib/site/feedback'
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

  it.each([
    ['en', 'content/pages/about.mdx'],
    ['es', 'content/es/pages/about.mdx'],
  ] as const)('points the %s policy link at a heading its about page has', (locale, file) => {
    const slugger = new GithubSlugger()
    const ids = [...fs.readFileSync(file, 'utf8').matchAll(/^#{2,3} (.+)$/gm)].map((match) => slugger.slug(match[1]!))
    expect(ids).toContain(decodeURIComponent(REPORTS_POLICY[locale].split('#')[1]!))
  })
})
