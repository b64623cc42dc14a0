import { JSDOM } from 'jsdom'
import { expect, test } from '@playwright/test'
import { flaggedWording } from '@/lib/content/flagged-wording'
import { builtPagePaths } from './built-pages'

/**
 * No built article repeats wording the medical review flagged as an error
 * (lib/content/flagged-wording.ts). The content rules check what authors
 * write; this reads what readers get, where tool data (risk-figure tables and
 * captions, the recovery timeline, care cards) is rendered into the article
 * too. Left out: the reference list (a source's own title may hold a "%"), the "What changed at
 * this review" list (it names the old wording it corrected) and the citation markers, which would
 * join two sentences into one clause.
 */
const articles = builtPagePaths().filter((path) => /^\/articles\/[^/]+\/$/.test(path))

test('there are articles to read', () => {
  expect(articles.length).toBeGreaterThanOrEqual(9)
})

for (const path of articles) {
  test(`${path} repeats no wording the medical review flagged`, async ({ request }) => {
    const { document } = new JSDOM(await (await request.get(path)).text()).window
    const main = document.querySelector('main')!
    for (const skipped of main.querySelectorAll('script, style, sup, [aria-labelledby="references"], [aria-labelledby="what-changed"]'))
      skipped.remove()
    // Block boundaries become line breaks, so a clause never runs from one paragraph, cell or list item into the next.
    for (const block of main.querySelectorAll('p, li, td, th, caption, h1, h2, h3, h4, dt, dd, figcaption')) block.append('\n')
    const found = flaggedWording(main.textContent ?? '').map((flag) => `${flag.id}: "${flag.clause}"`)
    expect(found).toEqual([])
  })
}
