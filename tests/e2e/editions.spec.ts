import fs from 'node:fs'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import { CATALOGUES } from '@/lib/i18n/catalogues'
import { localeOfPath, translatedPath, type Locale } from '@/lib/i18n/locales'
import { builtPagePaths } from './built-pages'

/**
 * The two editions as built: each page in its own language, paired with its twin, and no heavier than the
 * English page by more than Spanish's extra length. These read out/ (npm test builds first), so they need no browser.
 */

const OUT = 'out'
const html = (pagePath: string) => fs.readFileSync(path.join(OUT, pagePath, 'index.html'), 'utf8')
const pages = builtPagePaths()
const spanishPages = pages.filter((page) => localeOfPath(page) === 'es')

/** How React writes text into HTML, so a catalogue string can be found in the page as it was written. */
const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#x27;')

/**
 * Pieces of interface text only one edition uses: each catalogue message split at its {placeholders}, kept when a
 * piece is long enough to be a phrase (three words or more) and appears in no message of the other edition.
 */
function phrasesOnlyIn(locale: Locale): string[] {
  const other: Locale = locale === 'en' ? 'es' : 'en'
  const otherText = Object.values(CATALOGUES)
    .flatMap((catalogue) => Object.values(catalogue[other] as Record<string, string>))
    .join('\n')
  return [
    ...new Set(
      Object.values(CATALOGUES)
        .flatMap((catalogue) => Object.values(catalogue[locale] as Record<string, string>))
        .flatMap((message) => message.split(/\{\w+\}/))
        .map((piece) => piece.trim())
        .filter((piece) => piece.split(/\s+/).length >= 3 && !otherText.includes(piece)),
    ),
  ]
}

test('the Spanish edition has every page that has a Spanish twin, each with lang="es"', () => {
  expect(spanishPages.length).toBeGreaterThanOrEqual(18)
  for (const page of spanishPages) expect(html(page), page).toMatch(/^<!DOCTYPE html><html lang="es">/)
  for (const page of pages.filter((candidate) => localeOfPath(candidate) === 'en'))
    expect(html(page), page).toMatch(/^<!DOCTYPE html><html lang="en">/)
})

test('no English interface text is left on a Spanish page, and no Spanish on an English one', () => {
  const english = phrasesOnlyIn('en')
  const spanish = phrasesOnlyIn('es')
  expect(english.length).toBeGreaterThan(100)
  expect(spanish.length).toBeGreaterThan(100)
  const leftovers: string[] = []
  for (const page of pages) {
    const text = html(page)
    const foreign = localeOfPath(page) === 'es' ? english : spanish
    for (const phrase of foreign) if (text.includes(phrase) || text.includes(escapeHtml(phrase))) leftovers.push(`${page}: "${phrase}"`)
  }
  expect(leftovers).toEqual([])
})

test('each Spanish page names its English twin and itself as alternates, and the twin names it back', () => {
  for (const page of spanishPages) {
    const twin = translatedPath(page, 'en')
    for (const [file, self] of [
      [page, page],
      [twin, twin],
    ] as const) {
      const alternates = Object.fromEntries(
        [...html(file).matchAll(/<link rel="alternate" hrefLang="([^"]+)" href="([^"]+)"/g)].map((match) => [
          match[1],
          new URL(match[2] as string).pathname,
        ]),
      )
      expect(alternates, self).toEqual({ en: twin, es: page, 'x-default': twin })
    }
    // The language link in the header goes to the same page in the other language, not to the home page.
    expect(html(page)).toContain(`href="${twin}" lang="en" hrefLang="en"`)
    expect(html(twin)).toContain(`href="${page}" lang="es" hrefLang="es"`)
  }
})

test('a Spanish page weighs at most 30% more than its English twin, with the same CSS and JavaScript files', () => {
  const assets = (text: string) =>
    [...text.matchAll(/(?:href|src)="(\/(?:_next|islands)\/[^"]+\.(?:css|js))"/g)].map((match) => match[1]).sort()
  const ratios: string[] = []
  for (const page of spanishPages) {
    const twin = translatedPath(page, 'en')
    const [spanishBytes, englishBytes] = [page, twin].map((file) => fs.statSync(path.join(OUT, file, 'index.html.gz')).size)
    ratios.push(`${page} ${((spanishBytes as number) / (englishBytes as number)).toFixed(2)}`)
    expect(spanishBytes as number, `${page} is ${spanishBytes} bytes gzipped, its twin ${englishBytes}`).toBeLessThanOrEqual(
      1.3 * (englishBytes as number),
    )
    expect(assets(html(page)), page).toEqual(assets(html(twin)))
  }
  test.info().annotations.push({ type: 'Spanish/English gzipped HTML', description: ratios.join(', ') })
})

test('the search index has one part per language, each holding only its own pages', () => {
  const entry = JSON.parse(fs.readFileSync(path.join(OUT, 'pagefind/pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>
  }
  const searchable = (locale: Locale) =>
    pages.filter((page) => localeOfPath(page) === locale && html(page).includes('data-pagefind-body')).length
  expect(Object.keys(entry.languages).sort()).toEqual(['en', 'es'])
  expect(entry.languages.es?.page_count).toBe(searchable('es'))
  expect(entry.languages.en?.page_count).toBe(searchable('en'))
})

test('a missing address under /es/ gets the Spanish "not found" page', async ({ request }) => {
  const response = await request.get('/es/no-existe/')
  expect(response.status()).toBe(404)
  const body = await response.text()
  expect(body).toMatch(/<html lang="es">/)
  expect(body).toContain('No encontramos la página')
})
