import fs from 'node:fs'
import { JSDOM } from 'jsdom'
import { expect, test } from '@playwright/test'
import { articlePath, CONTENT_PAGES, TOOL_PAGES } from '@/lib/site/routes'

/**
 * The page on reporting a side effect or a fake product: each route is stated with the source it comes from, the
 * advice no source gives is labelled as ours, and the pages a worried reader is on lead to it. Read from the built
 * files, as a reader's browser gets them.
 */

const built = (path: string) => new JSDOM(fs.readFileSync(`out${path}index.html`, 'utf8')).window.document
const page = built(CONTENT_PAGES.reportSideEffect)
const blocks = [...page.querySelectorAll('main p, main li')]

/** The one paragraph or list item that says `words`, and the sources its citation markers point to. */
function citedSources(words: string): string[] {
  const found = blocks.filter((block) => block.textContent!.includes(words) && !block.querySelector('p, li'))
  expect(found, `one block says "${words}"`).toHaveLength(1)
  return [...found[0]!.querySelectorAll('sup.citation a')].map((link) => link.getAttribute('href')!.replace('#ref-', ''))
}

test('each reporting route is given with the source it comes from', () => {
  expect(citedSources('1-800-FDA-1088')).toContain('fda-botox-cosmetic-pi-2019')
  expect(citedSources('This includes products you think are fake')).toContain('cdc-botox-outbreak-page')
  expect(citedSources('Yellow Card website or in the free Yellow Card app')).toContain('mhra-yellow-card')
  expect(citedSources('websites or sellers that offer medicines against the law')).toContain('mhra-2025-tradepress')
  expect(citedSources('how to spot fake versions of licensed products')).toContain('ukhsa-hpr-2025')
  expect(citedSources('does not give medical advice')).toContain('mhra-yellow-card')
  // Every cited source is in the page's reference list.
  for (const link of page.querySelectorAll('sup.citation a'))
    expect(page.getElementById(link.getAttribute('href')!.slice(1))).not.toBeNull()
})

test('what to have ready, and why to report after recovering, are labelled as our own advice', () => {
  const text = page.querySelector('main')!.textContent!
  expect(text).toContain('This list is our own advice.')
  expect(text).toContain('This is our own advice, not a source')
  expect(blocks.some((block) => /batch number \(also called the lot number\)/.test(block.textContent!))).toBe(true)
})

test('a reader who feels unwell is sent to urgent help before reporting', () => {
  const first = page.querySelector('main h2')!
  expect(first.textContent).toBe('Do you need medical help first?')
  const links = [...page.querySelectorAll('main a')].map((link) => link.getAttribute('href'))
  expect(links).toContain(CONTENT_PAGES.urgentHelp)
})

for (const from of [
  articlePath('after-your-treatment'),
  articlePath('fake-and-unlicensed-botox'),
  articlePath('frequently-asked-questions'),
  CONTENT_PAGES.urgentHelp,
  TOOL_PAGES.treatmentRecord.path,
]) {
  test(`${from} links to the reporting page`, () => {
    const links = [...built(from).querySelectorAll('main a')].map((link) => link.getAttribute('href'))
    expect(links).toContain(CONTENT_PAGES.reportSideEffect)
  })
}

// The treatment record is reached from the header of every page (checked here on the home page), and from where a
// reader needs it: after treatment, when unwell, when reporting. The symptom guide's answer links to it from its
// summary (tests/e2e/treatment-record.spec.ts and GuideSummary.test.tsx).
test('the header offers the treatment record', () => {
  const header = [...built('/').querySelectorAll('header nav a')].map((link) => link.getAttribute('href'))
  expect(header).toContain(TOOL_PAGES.treatmentRecord.path)
})

for (const from of [articlePath('after-your-treatment'), CONTENT_PAGES.urgentHelp, CONTENT_PAGES.reportSideEffect]) {
  test(`${from} links to the treatment record`, () => {
    const links = [...built(from).querySelectorAll('main a')].map((link) => link.getAttribute('href'))
    expect(links).toContain(TOOL_PAGES.treatmentRecord.path)
  })
}
