import { describe, expect, it } from 'vitest'
import {
  REPORT_SUBJECT_PREFIX,
  reportAddressLine,
  reportProblemHref,
  reportSubjectPrefix,
  UNKNOWN_ADDRESS,
  unknownAddress,
} from './feedback'
import { feedbackMessages } from './feedback-messages'
import { absoluteUrl, siteConfig } from './site-config'

describe('reportProblemHref', () => {
  const page = { title: 'Side effects & what to do: a "quick" guide?', path: '/articles/common-side-effects/' }

  it('writes to the editorial address with the page title in the subject and its full address in the body', () => {
    const url = new URL(reportProblemHref(page))
    expect(url.protocol).toBe('mailto:')
    expect(url.pathname).toBe(siteConfig.editorialEmail)
    expect(url.searchParams.get('subject')).toBe(`${REPORT_SUBJECT_PREFIX} ${page.title}`)
    const body = url.searchParams.get('body') ?? ''
    expect(body.split('\r\n').slice(0, 2)).toEqual([`Page: ${page.title}`, `Address: ${absoluteUrl(page.path)}`])
  })

  it('encodes every reserved character, so a title cannot add or cut off a field', () => {
    const href = reportProblemHref({ title: 'A & B ? C = D # E', path: '/x/' })
    const query = href.slice(href.indexOf('?') + 1)
    expect(query.split('&').map((pair) => pair.split('=')[0])).toEqual(['subject', 'body'])
    expect(href).not.toMatch(/[ #"<>]/)
    expect(href).toContain('%0D%0A')
  })

  it('asks for the address when the page cannot know it (the 404 page answers any address)', () => {
    const body = new URL(reportProblemHref({ title: 'Page not found', path: null })).searchParams.get('body') ?? ''
    expect(body.split('\r\n')[1]).toBe(`Address: ${UNKNOWN_ADDRESS}`)
  })

  it('uses the address it is given', () => {
    expect(reportProblemHref(page, 'editor@example.org')).toMatch(/^mailto:editor@example\.org\?/)
  })
})

describe('reportProblemHref in English, as it has always been written', () => {
  it('gives the same link, byte for byte', () => {
    const href = reportProblemHref({ title: 'Drooping eyelid', path: '/articles/drooping-eyelid/' }, 'editor@example.org', 'en')
    const body = `Page: Drooping eyelid\r\nAddress: ${absoluteUrl('/articles/drooping-eyelid/')}\r\n\r\nWhat is wrong or unclear:\r\n\r\n`
    expect(href).toBe(
      `mailto:editor@example.org?subject=${encodeURIComponent('Problem with a page: Drooping eyelid')}&body=${encodeURIComponent(body)}`,
    )
    expect(reportProblemHref({ title: 'Page not found', path: null }, 'editor@example.org', 'en')).toContain(
      encodeURIComponent('Address: (please paste the address you tried)\r\n'),
    )
  })

  it('keeps the English values under their old names', () => {
    expect(REPORT_SUBJECT_PREFIX).toBe('Problem with a page:')
    expect(UNKNOWN_ADDRESS).toBe('(please paste the address you tried)')
    expect(reportSubjectPrefix('en')).toBe(REPORT_SUBJECT_PREFIX)
    expect(unknownAddress('en')).toBe(UNKNOWN_ADDRESS)
    expect(reportAddressLine('en', 'https://example.org/x/')).toBe('Address: https://example.org/x/')
  })
})

describe('reportProblemHref in Spanish', () => {
  const page = { title: 'Párpado caído después del Botox', path: '/es/articles/drooping-eyelid/' }
  const englishWords = /Problem with a page|Page:|Address:|What is wrong|please paste/

  it('writes the subject and body in Spanish, with the Spanish page’s address', () => {
    const url = new URL(reportProblemHref(page, siteConfig.editorialEmail, 'es'))
    expect(url.searchParams.get('subject')).toBe(`Problema con una página: ${page.title}`)
    expect(url.searchParams.get('subject')).toBe(`${reportSubjectPrefix('es')} ${page.title}`)
    const body = url.searchParams.get('body') ?? ''
    expect(body.split('\r\n')).toEqual([
      `Página: ${page.title}`,
      `Dirección: ${absoluteUrl(page.path)}`,
      '',
      'Qué está mal o qué no se entiende:',
      '',
      '',
    ])
    expect(body.split('\r\n')[1]).toBe(reportAddressLine('es', absoluteUrl(page.path)))
    expect(`${url.searchParams.get('subject')}\n${body}`).not.toMatch(englishWords)
  })

  it('asks in Spanish for the address when the page cannot know it', () => {
    const body =
      new URL(reportProblemHref({ title: 'No encontramos la página', path: null }, siteConfig.editorialEmail, 'es')).searchParams.get(
        'body',
      ) ?? ''
    expect(body.split('\r\n')[1]).toBe(`Dirección: ${unknownAddress('es')}`)
    expect(unknownAddress('es')).not.toBe(UNKNOWN_ADDRESS)
    expect(body).not.toMatch(englishWords)
  })

  it('takes the edition from the page’s path when no locale is given', () => {
    expect(reportProblemHref(page)).toBe(reportProblemHref(page, siteConfig.editorialEmail, 'es'))
    expect(reportProblemHref({ title: 'x', path: '/articles/x/' })).toBe(
      reportProblemHref({ title: 'x', path: '/articles/x/' }, siteConfig.editorialEmail, 'en'),
    )
  })

  it('speaks to the reader as "usted" and uses no English word', () => {
    const spanish = Object.values(feedbackMessages.es).join('\n')
    expect(spanish).not.toMatch(/\b(tú|tu|vosotros)\b/)
    for (const [key, text] of Object.entries(feedbackMessages.es))
      expect(text, key).not.toBe(feedbackMessages.en[key as keyof typeof feedbackMessages.en])
  })
})
