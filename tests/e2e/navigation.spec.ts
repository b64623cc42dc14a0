import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { builtPagePaths } from './built-pages'

const articlePaths = builtPagePaths().filter((path) => /^\/articles\/[^/]+\/$/.test(path))

test.describe('keyboard', () => {
  for (const path of ['/', articlePaths[0] ?? '/articles/']) {
    test(`on ${path}, Tab reaches the skip link first and it moves focus to the main content`, async ({ page }) => {
      await page.goto(path)
      await page.keyboard.press('Tab')
      const skipLink = page.getByRole('link', { name: 'Skip to main content' })
      await expect(skipLink).toBeFocused()
      await expect(skipLink).toBeVisible()
      await page.keyboard.press('Enter')
      await expect(page.locator('main#main-content')).toBeFocused()
      // The next Tab goes into the page's own content, past the header.
      await page.keyboard.press('Tab')
      const inMain = await page.evaluate(() => document.querySelector('main')?.contains(document.activeElement) ?? false)
      expect(inMain).toBe(true)
    })
  }
})

test.describe('articles', () => {
  for (const path of articlePaths) {
    test(`${path} shows key points, contents, references, the review box and related articles`, async ({ page }) => {
      await page.goto(path)
      const keyPoints = await page.getByRole('region', { name: 'Key points' }).getByRole('listitem').count()
      expect(keyPoints).toBeGreaterThanOrEqual(3)
      expect(keyPoints).toBeLessThanOrEqual(5)
      const toc = page.getByRole('navigation', { name: 'On this page' })
      const tocLinks = toc.getByRole('link')
      expect(await tocLinks.count()).toBeGreaterThanOrEqual(2)
      const firstTarget = (await tocLinks.first().getAttribute('href')) ?? ''
      await tocLinks.first().click()
      await expect(page).toHaveURL(new RegExp(`${firstTarget}$`))
      await expect(page.locator(firstTarget)).toBeInViewport()
      await expect(page.getByRole('complementary', { name: 'Medical review' })).toContainText('Medically reviewed by Dr. Victor Beer')
      await expect(page.getByRole('complementary', { name: 'Medical review' })).toContainText('Next review due:')
      const references = page.locator('#references + ol > li')
      expect(await references.count()).toBeGreaterThanOrEqual(4)
      expect(await page.locator('sup.citation a').count()).toBeGreaterThanOrEqual(await references.count())
      await expect(page.getByRole('heading', { name: 'Related articles' })).toBeVisible()
      await expect(page.getByText(/\d+ minute read/).first()).toBeVisible()
    })
  }

  test('the articles index groups articles under every topic', async ({ page }) => {
    await page.goto('/articles/')
    for (const topic of [
      'Side effects',
      'Complications',
      'Risks and benefits',
      'Choosing a practitioner',
      'Your consultation',
      'Aftercare',
    ]) {
      await expect(page.getByRole('heading', { level: 2, name: topic })).toBeVisible()
    }
  })

  test('the author page lists what Dr. Beer wrote or reviewed', async ({ page }) => {
    await page.goto('/authors/victor-beer/')
    for (const specialty of ['Botox treatments', 'Cosmetic dermatology', 'Medical dermatology', 'Research']) {
      await expect(page.getByText(specialty, { exact: true })).toBeVisible()
    }
    for (const path of articlePaths) {
      await expect(page.locator(`main a[href="${path}"]`)).toHaveCount(1)
    }
  })
})

test('an unknown address gets a helpful 404 page', async ({ page }) => {
  const response = await page.goto('/no-such-page/')
  expect(response?.status()).toBe(404)
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible()
  await expect(page.getByRole('main').getByRole('link', { name: /urgent help/ })).toBeVisible()
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()
  expect(results.violations).toEqual([])
})
