/** @vitest-environment jsdom */
import { describe, expect, it } from 'vitest'
import { exampleAuthor } from '@/tests/fixtures/author'
import { correctionEntryId, correctionsAtomFeed } from './corrections-feed'
import { CORRECTIONS } from './routes'
import { absoluteUrl } from './site-config'

const ATOM = 'http://www.w3.org/2005/Atom'
const entries = [
  {
    id: 'side-effects-2026-11-30',
    slug: 'side-effects',
    title: 'Side effects & <what> to do',
    url: '/articles/side-effects/',
    date: '2026-11-30',
    changes: ['Figures fixed: 2 in 100, not 3 in 100.', 'A tricky "]]>" and <script>alert(1)</script> stay text.'],
  },
  { id: 'faq-2026-06-01', slug: 'faq', title: 'Questions', url: '/articles/faq/', date: '2026-06-01', changes: ['A link fixed.'] },
]

/** A strict XML parser: anything not well-formed gives a <parsererror> document. */
function parse(xml: string) {
  const document = new DOMParser().parseFromString(xml, 'application/xml')
  expect(document.getElementsByTagName('parsererror')).toHaveLength(0)
  return document
}
const child = (parent: Element, name: string) =>
  [...parent.children].filter((element) => element.localName === name && element.namespaceURI === ATOM)

describe('the corrections Atom feed', () => {
  const document = parse(correctionsAtomFeed({ entries, editor: exampleAuthor, siteUpdated: '2026-11-24' }))
  const feed = document.documentElement

  it('is an Atom feed with the elements RFC 4287 requires, dated by its newest entry', () => {
    expect(feed.localName).toBe('feed')
    expect(feed.namespaceURI).toBe(ATOM)
    expect(child(feed, 'id')[0]?.textContent).toBe(absoluteUrl(CORRECTIONS.path))
    expect(child(feed, 'title')[0]?.textContent).toBe(CORRECTIONS.feedTitle)
    expect(child(feed, 'updated')[0]?.textContent).toBe('2026-11-30T00:00:00.000Z')
    expect(child(child(feed, 'author')[0]!, 'name')[0]?.textContent).toBe('Dr. Victor Beer')
    const links = child(feed, 'link').map((link) => [link.getAttribute('rel'), link.getAttribute('href')])
    expect(links).toContainEqual(['self', absoluteUrl(CORRECTIONS.feedPath)])
    expect(links).toContainEqual(['alternate', absoluteUrl(CORRECTIONS.path)])
  })

  it('has one entry per review, newest first, each with its own id, date, link and changes', () => {
    const feedEntries = child(feed, 'entry')
    expect(feedEntries.map((entry) => child(entry, 'id')[0]?.textContent)).toEqual(entries.map(correctionEntryId))
    expect(feedEntries.map((entry) => child(entry, 'updated')[0]?.textContent)).toEqual([
      '2026-11-30T00:00:00.000Z',
      '2026-06-01T00:00:00.000Z',
    ])
    expect(feedEntries.map((entry) => child(entry, 'link')[0]?.getAttribute('href'))).toEqual([
      absoluteUrl('/articles/side-effects/'),
      absoluteUrl('/articles/faq/'),
    ])
  })

  it('keeps titles and changes as text: markup in them is escaped, never live', () => {
    const first = child(feed, 'entry')[0]!
    const title = child(first, 'title')[0]!
    expect(title.getAttribute('type')).toBe('html')
    const titleHtml = new DOMParser().parseFromString(title.textContent ?? '', 'text/html')
    expect(titleHtml.body.textContent).toBe('Side effects & <what> to do (reviewed 30 November 2026)')
    const content = new DOMParser().parseFromString(child(first, 'content')[0]?.textContent ?? '', 'text/html')
    expect([...content.querySelectorAll('li')].map((item) => item.textContent)).toEqual(entries[0]!.changes)
    expect(content.querySelector('script')).toBeNull()
  })

  it('is still a valid feed, dated by the newest review, when nothing has been corrected yet', () => {
    const empty = parse(correctionsAtomFeed({ entries: [], editor: exampleAuthor, siteUpdated: '2026-11-24' })).documentElement
    expect(child(empty, 'entry')).toHaveLength(0)
    expect(child(empty, 'updated')[0]?.textContent).toBe('2026-11-24T00:00:00.000Z')
  })
})
