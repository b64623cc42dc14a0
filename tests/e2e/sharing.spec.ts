import { expect, test } from '@playwright/test'
import { builtPagePaths } from './built-pages'

const articlePaths = builtPagePaths().filter((path) => /^\/articles\/[^/]+\/$/.test(path))
const ARTICLE = articlePaths[0]!

test.describe('section links', () => {
  for (const path of articlePaths) {
    test(`${path}: every section heading (h2, h3) in the article text has an id and a visible link to it`, async ({ page }) => {
      await page.goto(path)
      // Headings inside care cards, figures and the timeline label those boxes; the sections around them carry the links.
      const headings = page.locator('article .prose :is(h2, h3):not(.care-card *, .risk-figure *, .recovery-timeline *)')
      const count = await headings.count()
      expect(count).toBeGreaterThanOrEqual(2)
      for (let index = 0; index < count; index++) {
        const heading = headings.nth(index)
        const id = await heading.getAttribute('id')
        expect(id).toMatch(/^[a-z0-9-]+$/)
        const text = (await heading.innerText()).trim()
        const link = page.getByRole('link', { name: `Link to this section: ${text}`, exact: true })
        await expect(link).toHaveAttribute('href', `#${id}`)
        await expect(link).toBeVisible()
      }
    })
  }
})

test.describe('copy link and share', () => {
  test('copies the address of the section in view, with no query string', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    await page.goto(`${ARTICLE}?utm_source=newsletter`)
    const sectionLink = page.locator('.heading-link').nth(1)
    const hash = (await sectionLink.getAttribute('href'))!
    await sectionLink.click()
    await page.getByRole('button', { name: 'Copy link' }).click()
    await expect(page.getByRole('status').first()).toHaveText('Link to this section copied.')
    const copied = await page.evaluate(() => navigator.clipboard.readText())
    expect(new URL(copied).pathname).toBe(ARTICLE)
    expect(new URL(copied).search).toBe('')
    expect(new URL(copied).hash).toBe(hash)
  })

  test('without the Clipboard API, shows the link selected in a text box', async ({ page }) => {
    await page.addInitScript(() => Object.defineProperty(navigator, 'clipboard', { value: undefined }))
    await page.goto(ARTICLE)
    await page.getByRole('button', { name: 'Copy link' }).click()
    const box = page.getByRole('textbox', { name: 'Link to copy' })
    await expect(box).toBeFocused()
    await expect(box).toHaveValue(new RegExp(`${ARTICLE}$`))
  })

  test('offers the Web Share API only where the browser has it', async ({ page, browser }) => {
    await page.goto(ARTICLE)
    await expect(page.getByRole('button', { name: 'Share' })).toHaveCount(0)
    const sharing = await browser.newPage()
    await sharing.addInitScript(() => {
      Object.defineProperty(navigator, 'share', {
        value: async (data: ShareData) => document.body.setAttribute('data-shared', JSON.stringify(data)),
      })
    })
    await sharing.goto(ARTICLE)
    await sharing.getByRole('button', { name: 'Share' }).click()
    const shared = JSON.parse((await sharing.locator('body').getAttribute('data-shared'))!)
    expect(new URL(shared.url).pathname).toBe(ARTICLE)
    expect(new URL(shared.url).search).toBe('')
    expect(shared.title).toBeTruthy()
    await sharing.close()
  })
})
