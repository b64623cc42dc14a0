import { siteMessages } from '@/components/site/messages'
import { pageMessages } from '@/layouts/pages/messages'
import { localeOfPath, localePath, type Locale } from '@/lib/i18n/locales'
import fs from 'node:fs'
import { JSDOM } from 'jsdom'
import { expect, test } from '@playwright/test'
import { correctionsLog } from '@/lib/content/corrections'
import { REPORT_SUBJECT_PREFIX, reportAddressLine, reportSubjectPrefix, UNKNOWN_ADDRESS, unknownAddress } from '@/lib/site/feedback'
import { CONTENT_PAGES, CORRECTIONS } from '@/lib/site/routes'
import { siteConfig } from '@/lib/site/site-config'
import { builtPagePaths } from './built-pages'

/**
 * What lets a reader judge the site: who runs and pays for it, how to report a mistake on the exact page, the public
 * record of corrections and its Atom feed, and the editorial policy's self-assessment. Read from the built files
 * (as a feed reader or a mail client would get them) and, for the feed, through the production server.
 */

const pages = builtPagePaths()
const SITE_SUFFIX = ` · ${siteConfig.name}`
const built = (path: string) => new JSDOM(fs.readFileSync(`out${path}index.html`, 'utf8')).window.document
const articles = JSON.parse(fs.readFileSync('.contentlayer/generated/Article/_index.json', 'utf8')) as Parameters<typeof correctionsLog>[0]
const corrections = correctionsLog(articles)

test.describe('on every page', () => {
  for (const path of pages) {
    test(`${path}: a report link naming this page, and the corrections feed in the head`, () => {
      const document = built(path)
      const locale = localeOfPath(path)
      const links = [...document.querySelectorAll('a')].filter((link) => link.textContent === siteMessages[locale].reportLink)
      expect(links).toHaveLength(1)
      const href = new URL(links[0]!.getAttribute('href')!)
      expect(href.protocol).toBe('mailto:')
      expect(href.pathname).toBe(siteConfig.editorialEmail)
      const title = document.title.endsWith(SITE_SUFFIX) ? document.title.slice(0, -SITE_SUFFIX.length) : document.title
      expect(href.searchParams.get('subject')).toBe(`${reportSubjectPrefix(locale)} ${title}`)
      const canonical = document.querySelector('link[rel="canonical"]')!.getAttribute('href')!
      expect(href.searchParams.get('body')).toContain(`${reportAddressLine(locale, canonical)}\r\n`)
      // Both editions link the one (English) corrections feed.
      const feed = document.head.querySelector('link[rel="alternate"][type="application/atom+xml"]')
      expect(feed?.getAttribute('href')).toBe(CORRECTIONS.feedPath)
      const footer = [...document.querySelectorAll('footer a')].map((link) => link.getAttribute('href'))
      expect(footer).toEqual(expect.arrayContaining([localePath(locale, CONTENT_PAGES.whoWeAre), localePath(locale, CORRECTIONS.path)]))
    })
  }
})

test('the 404 page offers a report too, asking for the address it cannot know', () => {
  const document = new JSDOM(fs.readFileSync('out/404.html', 'utf8')).window.document
  const links = [...document.querySelectorAll('a')].filter((link) => link.textContent === 'Report a problem with this page')
  expect(links).toHaveLength(1)
  const href = new URL(links[0]!.getAttribute('href')!)
  expect(href.pathname).toBe(siteConfig.editorialEmail)
  expect(href.searchParams.get('subject')).toBe(`${REPORT_SUBJECT_PREFIX} Page not found`)
  expect(href.searchParams.get('body')).toContain(`Address: ${UNKNOWN_ADDRESS}\r\n`)
})

test('the Spanish 404 page asks for the address in Spanish', () => {
  const locale: Locale = 'es'
  const document = new JSDOM(fs.readFileSync('out/es/404/index.html', 'utf8')).window.document
  const links = [...document.querySelectorAll('a')].filter((link) => link.textContent === siteMessages[locale].reportLink)
  expect(links).toHaveLength(1)
  const href = new URL(links[0]!.getAttribute('href')!)
  expect(href.pathname).toBe(siteConfig.editorialEmail)
  expect(href.searchParams.get('subject')).toBe(`${reportSubjectPrefix(locale)} ${pageMessages[locale].notFoundTitle}`)
  expect(href.searchParams.get('body')).toContain(`${reportAddressLine(locale, unknownAddress(locale))}\r\n`)
})

test('every article review box links to who we are and how we are funded', () => {
  const articlePaths = pages.filter((path) => /^\/articles\/[^/]+\/$/.test(path))
  expect(articlePaths.length).toBeGreaterThanOrEqual(9)
  for (const path of articlePaths) {
    const box = built(path).querySelector('aside[aria-label="Medical review"]')!
    expect(
      [...box.querySelectorAll('a')].map((link) => link.getAttribute('href')),
      path,
    ).toContain(CONTENT_PAGES.whoWeAre)
  }
})

test('the who-we-are page says who runs and pays for the site and states every competing interest, from the config', () => {
  const text = built(CONTENT_PAGES.whoWeAre).querySelector('main')!.textContent!.replace(/\s+/g, ' ')
  for (const statement of [siteConfig.publisher.runBy, siteConfig.publisher.funding, ...siteConfig.competingInterests])
    expect(text).toContain(statement)
  expect(text).toContain(siteConfig.editorialEmail)
})

test('the author profile shows registrations and memberships only as the profile file gives them', () => {
  const profile = JSON.parse(fs.readFileSync('content/authors/victor-beer.json', 'utf8'))
  const document = built('/authors/victor-beer/')
  const terms = [...document.querySelectorAll('main dt')].map((term) => term.textContent)
  const registrations: { number: string }[] = profile.registrations ?? []
  expect(terms.includes('Registration')).toBe(registrations.length > 0)
  for (const registration of registrations) expect(document.querySelector('main')!.textContent).toContain(registration.number)
  const memberships: { name: string }[] = profile.professionalBodies.memberships
  expect(document.querySelectorAll('main dd ul li').length).toBe(profile.specialties.length + memberships.length + registrations.length)
})

test('the editorial policy rates the site against each standard, one line per criterion, claiming no mark', () => {
  const document = built(CONTENT_PAGES.about)
  const tableAfter = (heading: string) => {
    const h3 = [...document.querySelectorAll('h3')].find((candidate) => candidate.textContent === heading)
    expect(h3, heading).toBeDefined()
    let element = h3!.closest('.heading-group') ?? h3!
    while ((element = element.nextElementSibling!) && !element.querySelector('table')) expect(element.tagName).not.toMatch(/^H[1-3]$/)
    return [...element.querySelectorAll('tbody tr')].map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent!.trim()))
  }
  const rows = { 'The JAMA benchmarks': 4, 'The HONcode principles': 8, 'The PIF TICK criteria': 10 }
  for (const [heading, count] of Object.entries(rows)) {
    const table = tableAfter(heading)
    expect(table, heading).toHaveLength(count)
    for (const [criterion, rating, why] of table) {
      expect(criterion!.length).toBeGreaterThan(5)
      expect(['Met', 'Partly', 'Not yet']).toContain(rating)
      expect(why!.length, `${heading} › ${criterion}`).toBeGreaterThan(20)
    }
  }
  expect(document.querySelector('main')!.textContent).toContain('We do not hold the PIF TICK or any other quality mark.')
})

test('the corrections page lists every change of every review, newest first, each linking to its article', () => {
  expect(corrections.length).toBeGreaterThan(0)
  const document = built(CORRECTIONS.path)
  for (const entry of corrections) {
    const block = document.getElementById(entry.id)
    expect(block, entry.id).not.toBeNull()
    expect(block!.querySelector('h3 a')!.getAttribute('href')).toBe(entry.url)
    expect([...block!.querySelectorAll('li')].map((item) => item.textContent)).toEqual(entry.changes)
  }
  const order = [...document.querySelectorAll('main [id]')]
    .map((element) => element.id)
    .filter((id) => corrections.some((entry) => entry.id === id))
  expect(order).toEqual(corrections.map((entry) => entry.id))
})

test('the Atom feed is well-formed, lists every review with its own id, date and link, and is served as a feed', async ({ request }) => {
  const response = await request.get(CORRECTIONS.feedPath)
  expect(response.status()).toBe(200)
  expect(response.headers()['content-type']).toMatch(/^application\/(atom\+)?xml/)
  // jsdom's XML mode is a strict parser: a feed that is not well-formed throws here.
  const feed = new JSDOM(await response.text(), { contentType: 'application/xml' }).window.document.documentElement
  const ATOM = 'http://www.w3.org/2005/Atom'
  const children = (parent: Element, name: string) =>
    [...parent.children].filter((child) => child.localName === name && child.namespaceURI === ATOM)
  const text = (parent: Element, name: string) => children(parent, name)[0]?.textContent ?? ''
  const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/

  expect(feed.localName).toBe('feed')
  expect(feed.namespaceURI).toBe(ATOM)
  const origin = new URL(text(feed, 'id')).origin
  expect(text(feed, 'id')).toBe(`${origin}${CORRECTIONS.path}`)
  expect(text(feed, 'title')).toBe(CORRECTIONS.feedTitle)
  expect(text(feed, 'updated')).toMatch(RFC3339)
  expect(text(children(feed, 'author')[0]!, 'name').length).toBeGreaterThan(0)
  const feedLinks = Object.fromEntries(children(feed, 'link').map((link) => [link.getAttribute('rel'), link.getAttribute('href')]))
  expect(feedLinks).toEqual({ alternate: `${origin}${CORRECTIONS.path}`, self: `${origin}${CORRECTIONS.feedPath}` })

  const entries = children(feed, 'entry')
  expect(entries).toHaveLength(corrections.length)
  const ids = entries.map((entry) => text(entry, 'id'))
  expect(new Set(ids).size).toBe(ids.length)
  expect(ids).toEqual(corrections.map((entry) => `${origin}${CORRECTIONS.path}#${entry.id}`))
  const updated = entries.map((entry) => text(entry, 'updated'))
  for (const date of updated) expect(date).toMatch(RFC3339)
  expect(updated).toEqual([...updated].sort().reverse())
  expect(text(feed, 'updated')).toBe(updated[0])
  for (const [index, entry] of entries.entries()) {
    expect(text(entry, 'title').length).toBeGreaterThan(0)
    const link = new URL(children(entry, 'link')[0]!.getAttribute('href')!)
    expect(link.pathname).toBe(corrections[index]!.url)
    expect(pages).toContain(link.pathname)
    const changes = new JSDOM(text(entry, 'content')).window.document.querySelectorAll('li')
    expect([...changes].map((item) => item.textContent)).toEqual(corrections[index]!.changes)
  }
  // The feed names the same site the pages do.
  expect(origin).toBe(new URL(built('/').querySelector('link[rel="canonical"]')!.getAttribute('href')!).origin)
})
