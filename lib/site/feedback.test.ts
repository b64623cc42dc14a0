import { describe, expect, it } from 'vitest'
import { REPORT_SUBJECT_PREFIX, reportProblemHref, UNKNOWN_ADDRESS } from './feedback'
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
