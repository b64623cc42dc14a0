import { siteMessages } from '@/components/site/messages'
import { LOCALE_SETTINGS, localeOfPath } from '@/lib/i18n/locales'
import AxeBuilder from '@axe-core/playwright'
import { WCAG_TAGS } from '@/tests/support/wcag'
import { expect, test, type Page } from '@playwright/test'
import { builtPagePaths } from './built-pages'
import { nothingStored, recordHosts, storedState, watchViolations } from './page-watch'

const pages = builtPagePaths()

function collectErrors(page: Page): string[] {
  const errors: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  page.on('pageerror', (error) => errors.push(error.message))
  return errors
}

test('the sitemap lists the home page, the articles and the author', () => {
  expect(pages).toEqual(expect.arrayContaining(['/', '/articles/', '/authors/victor-beer/', '/urgent-help/']))
  expect(pages.filter((path) => path.startsWith('/articles/') && path !== '/articles/').length).toBeGreaterThanOrEqual(2)
})

// One visit per page for every check (each a named step, so a failure still says which): a visit costs more than a check.
for (const path of pages) {
  test(`page ${path}: heading, metadata, axe, in-page links, privacy, policy and a 320px screen`, async ({ page, context }) => {
    const errors = collectErrors(page)
    const hosts = recordHosts(page)
    const violations = await watchViolations(page)
    const response = await page.goto(path, { waitUntil: 'networkidle' })

    await test.step('loads with one h1, a title, a description, the lang of its edition and no console errors', async () => {
      expect(response?.status()).toBe(200)
      await expect(page.locator('h1')).toHaveCount(1)
      expect((await page.title()).trim()).not.toBe('')
      expect((await page.locator('meta[name="description"]').getAttribute('content'))?.trim()).toBeTruthy()
      const locale = localeOfPath(path)
      await expect(page.locator('html')).toHaveAttribute('lang', LOCALE_SETTINGS[locale].lang)
      await expect(page.getByRole('link', { name: siteMessages[locale].urgentHelp }).first()).toBeVisible()
      expect(errors).toEqual([])
    })

    await test.step('has no axe violations (WCAG 2.2 AA)', async () => {
      const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()
      expect(
        results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`),
      ).toEqual([])
    })

    await test.step('every in-page link has a target', async () => {
      const hrefs = await page.locator('a[href^="#"]').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))
      const missing = await page.evaluate(
        (targets) => targets.filter((href) => !document.getElementById(decodeURIComponent(href.slice(1)))),
        hrefs,
      )
      expect(missing).toEqual([])
    })

    await test.step('asks no other host for anything, stores nothing and meets no policy violation', async () => {
      // Scroll to the end so anything loaded lazily is loaded too.
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight))
      await page.waitForLoadState('networkidle')
      expect([...hosts]).toEqual([new URL(page.url()).host])
      expect(await storedState(page, context)).toEqual(nothingStored)
      expect(await violations()).toEqual([])
    })

    await test.step('fits a 320px-wide screen without sideways scrolling', async () => {
      await page.setViewportSize({ width: 320, height: 640 })
      await page.reload()
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
      expect(overflow).toBeLessThanOrEqual(0)
    })
  })
}

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false })
  for (const path of pages) {
    test(`${path} shows its heading and content`, async ({ page }) => {
      await page.goto(path)
      await expect(page.locator('h1')).toBeVisible()
      expect(((await page.locator('main').innerText()) ?? '').length).toBeGreaterThan(200)
    })
  }
})
