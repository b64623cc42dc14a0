import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { FIRST_SEARCH } from './site-search'

const results = (page: import('@playwright/test').Page) => page.locator('main ol > li h2 a')
const resultFor = (page: import('@playwright/test').Page, slug: string) => page.locator(`main ol > li h2 a[href="/articles/${slug}/"]`)

test.describe('site search', () => {
  test('is reached from the header and finds the articles about the eyelid', async ({ page }) => {
    await page.goto('/')
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Search' }).click()
    await page.getByLabel('Search the articles').fill('eyelid')
    await expect(resultFor(page, 'common-side-effects')).toBeVisible(FIRST_SEARCH)
    await expect(resultFor(page, 'rare-and-serious-complications')).toBeVisible()
    await expect(page.getByRole('status')).toContainText('match “eyelid”')
    // Excerpts show the article's words, with the match marked, not the page's controls.
    const excerpt = page.locator('main ol > li p').first()
    await expect(excerpt.locator('mark').first()).toHaveText(/eyelid/i)
    await expect(excerpt).not.toContainText('Link to this section')
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()
    expect(axe.violations).toEqual([])
  })

  test('keeps and searches what the reader typed before the script arrived', async ({ page }) => {
    // The box works before its script runs: hold the script until the reader has typed, as a slow connection does.
    let typed = () => {}
    const hasTyped = new Promise<void>((resolve) => (typed = resolve))
    await page.route('**/islands/site-search.js', async (route) => {
      await hasTyped
      await route.continue()
    })
    await page.goto('/search/', { waitUntil: 'commit' })
    await page.getByLabel('Search the articles').fill('eyelid')
    typed()
    await expect(resultFor(page, 'common-side-effects')).toBeVisible(FIRST_SEARCH)
    await expect(page.getByLabel('Search the articles')).toHaveValue('eyelid')
  })

  test('a search for "swallowing" lists the complications article, read from the address', async ({ page }) => {
    await page.goto('/search/?q=swallowing')
    await expect(resultFor(page, 'rare-and-serious-complications')).toBeVisible(FIRST_SEARCH)
  })

  test('works with the keyboard and says when nothing matches', async ({ page }) => {
    await page.goto('/search/')
    await page.getByLabel('Search the articles').focus()
    await page.keyboard.type('zzqxv')
    await page.keyboard.press('Enter')
    await expect(page.getByRole('status')).toContainText('No articles match “zzqxv”', FIRST_SEARCH)
    await expect(page.getByRole('status').getByRole('link', { name: 'browse all articles' })).toBeVisible()
  })

  test('only ever asks this site for the index', async ({ page }) => {
    const hosts = new Set<string>()
    page.on('request', (request) => hosts.add(new URL(request.url()).host))
    await page.goto('/search/?q=bruise')
    await expect(results(page).first()).toBeVisible(FIRST_SEARCH)
    expect([...hosts]).toEqual([new URL(page.url()).host])
  })

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false })
    test('links to the articles index instead', async ({ page }) => {
      await page.goto('/search/')
      await expect(page.getByRole('link', { name: 'browse all articles by topic' })).toHaveAttribute('href', '/articles/')
    })
  })
})
