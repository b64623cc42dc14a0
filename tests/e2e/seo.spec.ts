import { sourcePath } from '@/lib/i18n/locales'
import fs from 'node:fs'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import { builtPagePaths } from './built-pages'

/**
 * Reads the built HTML in out/ as a search engine or a social network would:
 * no browser needed, just the files.
 */

const OUT = 'out'
const SITE_NAME = 'Botox Risks Explained'
const sitemap = fs.readFileSync(path.join(OUT, 'sitemap.xml'), 'utf8')
const sitemapUrls = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1] as string)
const origin = new URL(sitemapUrls[0]!).origin
const pages = builtPagePaths()
type ArticleIndexEntry = { url: string; reviewChanges?: { date: string; changes: string[] }[] }
const articleIndex: ArticleIndexEntry[] = JSON.parse(fs.readFileSync('.contentlayer/generated/Article/_index.json', 'utf8'))

const html = (pagePath: string) => fs.readFileSync(path.join(OUT, pagePath, 'index.html'), 'utf8')
const decode = (value: string) =>
  value
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
const meta = (page: string, attribute: 'name' | 'property', key: string) => {
  const match = new RegExp(`<meta ${attribute}="${key.replace(/[:.]/g, '\\$&')}" content="([^"]*)"`).exec(page)
  return match ? decode(match[1] as string) : undefined
}
const jsonLd = (page: string) =>
  [...page.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].flatMap((match) => {
    const data = JSON.parse(match[1] as string)
    return Array.isArray(data) ? data : [data]
  })

function pngSize(file: string): { width: number; height: number } {
  const bytes = fs.readFileSync(file)
  expect(bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true)
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
}

function builtHtmlPages(dir = OUT): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return ['_next', '404'].includes(entry.name) || entry.name.startsWith('_not-found') ? [] : builtHtmlPages(full)
    return entry.name === 'index.html' ? [`/${path.relative(OUT, dir).split(path.sep).join('/')}/`.replace('//', '/')] : []
  })
}

test('the sitemap lists every built page and nothing else', () => {
  expect([...pages].sort()).toEqual(builtHtmlPages().sort())
  expect(new Set(pages).size).toBe(pages.length)
})

test('robots.txt allows crawling and points to the sitemap', () => {
  const robots = fs.readFileSync(path.join(OUT, 'robots.txt'), 'utf8')
  expect(robots).toContain('Allow: /')
  expect(robots).toContain(`Sitemap: ${origin}/sitemap.xml`)
})

test('every page has its own title', () => {
  const titles = pages.map((page) => /<title>([^<]*)<\/title>/.exec(html(page))?.[1])
  expect(new Set(titles).size).toBe(pages.length)
})

for (const page of pages) {
  test(`${page}: canonical, description, Open Graph, Twitter and JSON-LD`, () => {
    const document = html(page)
    const url = `${origin}${page}`
    expect(/<link rel="canonical" href="([^"]+)"/.exec(document)?.[1]).toBe(url)
    const title = decode(/<title>([^<]*)<\/title>/.exec(document)?.[1] ?? '')
    if (sourcePath(page) !== '/') expect(title).toMatch(new RegExp(` · ${SITE_NAME}$`))
    expect(meta(document, 'name', 'description')?.length).toBeGreaterThan(20)
    expect(meta(document, 'property', 'og:url')).toBe(url)
    expect(meta(document, 'property', 'og:title')).toBe(title)
    expect(meta(document, 'property', 'og:description')).toBe(meta(document, 'name', 'description'))
    expect(meta(document, 'name', 'twitter:card')).toBe('summary_large_image')
    const image = meta(document, 'property', 'og:image')!
    expect(image.startsWith(origin)).toBe(true)
    expect(image).toMatch(/\.png$/)
    expect(meta(document, 'name', 'twitter:image')).toBe(image)
    expect(pngSize(path.join(OUT, new URL(image).pathname))).toEqual({ width: 1200, height: 630 })

    const data = jsonLd(document)
    expect(data.length).toBeGreaterThan(0)
    for (const item of data) {
      expect(item['@context']).toBe('https://schema.org')
      expect(typeof item['@type']).toBe('string')
    }
    if (sourcePath(page) === '/')
      expect(data.find((item) => item['@type'] === 'WebSite')?.publisher).toMatchObject({ '@type': 'Organization', name: SITE_NAME })
    else expect(data.find((item) => item['@type'] === 'BreadcrumbList')?.itemListElement.at(-1).item).toBe(url)
  })
}

for (const page of pages.filter((candidate) => /^\/articles\/[^/]+\/$/.test(candidate))) {
  test(`${page}: MedicalWebPage for a patient audience, by a named publisher, reviewed by a linked person, citing its references and corrections`, () => {
    const document = html(page)
    const medical = jsonLd(document).find((item) => item['@type'] === 'MedicalWebPage')
    expect(medical).toMatchObject({
      headline: expect.any(String),
      description: meta(document, 'name', 'description'),
      inLanguage: 'en',
      lastReviewed: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      about: { '@type': 'Drug', name: 'Botox' },
      medicalAudience: { '@type': 'MedicalAudience', audienceType: 'Patient' },
      reviewedBy: { '@type': 'Person', url: `${origin}/authors/victor-beer/` },
      author: { '@type': 'Person', url: `${origin}/authors/victor-beer/` },
      publisher: {
        '@type': 'Organization',
        name: SITE_NAME,
        email: expect.stringMatching(/^[^@\s]+@[^@\s]+$/),
        ethicsPolicy: `${origin}/who-we-are/`,
      },
    })
    // Each change listed under "What changed at this review" is a schema.org correction, dated, linking to the corrections page.
    const changes = articleIndex.find((entry) => entry.url === page)?.reviewChanges ?? []
    const corrections: { text: string; datePublished: string; url: string }[] = medical.correction ?? []
    expect(corrections.map((correction) => [correction.text, correction.datePublished])).toEqual(
      changes.flatMap((entry) => entry.changes.map((text) => [text, entry.date])),
    )
    for (const correction of corrections)
      expect(correction.url).toMatch(new RegExp(`^${origin}/corrections/#[a-z0-9-]+-\\d{4}-\\d{2}-\\d{2}$`))
    const referenceCount = (document.match(/<li id="ref-/g) ?? []).length
    expect(medical.citation).toHaveLength(referenceCount)
    // The sitemap gives the review date as the page's date; its alternates sit between the two.
    const entry = new RegExp(`<loc>${origin}${page}</loc>\\n(?:<xhtml:link [^>]+/>\\n)*<lastmod>([^<]+)</lastmod>`).exec(sitemap)
    expect(entry?.[1]).toBe(medical.lastReviewed)
  })
}

test('the author page describes the physician', () => {
  const physician = jsonLd(html('/authors/victor-beer/')).find((item) => item['@type'] === 'IndividualPhysician')
  expect(physician).toMatchObject({ name: 'Dr. Victor Beer', url: `${origin}/authors/victor-beer/`, medicalSpecialty: 'Dermatologic' })
})

const FAQ_PATHS = ['/articles/frequently-asked-questions/', '/es/articles/frequently-asked-questions/']

for (const faqPath of FAQ_PATHS)
  test(`${faqPath}: the FAQ describes exactly the questions and answers the page shows`, async ({ page }) => {
    const faq = jsonLd(html(faqPath)).find((item) => item['@type'] === 'FAQPage')
    expect(faq.mainEntity.length).toBeGreaterThanOrEqual(10)
    await page.goto(faqPath)
    const questionHeadings = await page
      .locator('article h3')
      .evaluateAll((headings) =>
        headings.filter((heading) => heading.textContent?.trim().endsWith('?')).map((heading) => heading.textContent!.trim()),
      )
    expect(faq.mainEntity.map((question: { name: string }) => question.name)).toEqual(questionHeadings)
    for (const question of faq.mainEntity) {
      // Spanish ids keep their accents, which a URL percent-encodes.
      const id = decodeURIComponent(new URL(question.url).hash.slice(1))
      await expect(page.locator(`[id="${id}"]`)).toHaveText(question.name)
      // Every line of the answer is shown under its question, before the next heading: a care card's signs and steps too.
      const shown = await page.locator(`[id="${id}"]`).evaluate((heading) => {
        const words: string[] = []
        const signs: Element[] = []
        let block = heading.closest('.heading-group') ?? heading
        while ((block = block.nextElementSibling!) && !block.matches('h2, h3, .heading-group')) {
          signs.push(...block.querySelectorAll('[data-sign] > strong'))
          const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT)
          for (let text = walker.nextNode(); text; text = walker.nextNode()) {
            // Not the badge, the spoken prefix or citation markers, which the answer leaves out.
            if (!text.parentElement!.closest('[aria-hidden="true"], .sr-only, sup')) words.push(text.textContent!)
          }
        }
        return { text: words.join(''), signs: signs.map((sign) => sign.textContent!) }
      })
      const squeeze = (text: string) => text.replace(/\s+/g, '')
      for (const line of question.acceptedAnswer.text.split('\n').filter(Boolean))
        expect(squeeze(shown.text), `${question.name}: ${line}`).toContain(squeeze(line))
      // And the answer leaves out no sign a care card under the question lists.
      for (const sign of shown.signs) expect(question.acceptedAnswer.text, question.name).toContain(sign)
    }
    for (const other of pages.filter((candidate) => !FAQ_PATHS.includes(candidate))) {
      expect(
        jsonLd(html(other)).some((item) => item['@type'] === 'FAQPage'),
        other,
      ).toBe(false)
    }
  })
