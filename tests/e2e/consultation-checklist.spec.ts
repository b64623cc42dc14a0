import fs from 'node:fs'
import AxeBuilder from '@axe-core/playwright'
import { WCAG_TAGS } from '@/tests/support/wcag'
import { pdfPages } from './pdf'
import { expect, test, type Page } from '@playwright/test'
import { recordRequests } from './requests'

const PATH = '/consultation-checklist/'
const data = JSON.parse(fs.readFileSync('content/tools/consultation-checklist.json', 'utf8')) as {
  storageKey: string
  sections: { items: { id: string; text: string }[] }[]
}
const items = data.sections.flatMap((section) => section.items)

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()
  expect(results.violations.map((violation) => violation.id)).toEqual([])
}

test.describe('consultation checklist', () => {
  test('ticks survive a reload, and reset clears them', async ({ page }) => {
    await page.goto(PATH)
    await page.getByLabel('Heart disease').check()
    await page.getByLabel('Muscle relaxants').check()
    await expect(page.getByText(`2 of ${items.length} ticked.`, { exact: false })).toBeVisible()
    await page.reload()
    await expect(page.getByLabel('Heart disease')).toBeChecked()
    await expect(page.getByLabel('Muscle relaxants')).toBeChecked()
    await expect(page.getByLabel('A bleeding problem')).not.toBeChecked()
    await expectNoAxeViolations(page)
    await page.getByRole('button', { name: 'Reset all ticks' }).click()
    await expect(page.getByLabel('Heart disease')).not.toBeChecked()
    await expect(page.getByRole('status')).toHaveText('All ticks cleared.')
    await page.reload()
    await expect(page.getByLabel('Heart disease')).not.toBeChecked()
  })

  test('stores nothing but its own key, sets no cookies and sends nothing', async ({ page, context }) => {
    await page.goto(PATH)
    await page.waitForLoadState('networkidle')
    const requests = await recordRequests(page)
    for (const item of items.slice(0, 5)) await page.getByLabel(item.text, { exact: true }).check()
    await page.waitForTimeout(300)
    expect(requests).toEqual([])
    expect(await context.cookies()).toEqual([])
    const stored = await page.evaluate(() => Object.fromEntries(Object.entries(localStorage)))
    expect(Object.keys(stored)).toEqual([data.storageKey])
    expect(JSON.parse(stored[data.storageKey]!)).toEqual(items.slice(0, 5).map((item) => item.id))
  })

  test('copies the checklist as text with the Clipboard API', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    await page.goto(PATH)
    await page.getByLabel('Heart disease').check()
    await page.getByRole('button', { name: 'Copy as text' }).click()
    await expect(page.getByRole('status')).toContainText('Checklist copied')
    const text = await page.evaluate(() => navigator.clipboard.readText())
    expect(text).toContain('[x] Heart disease')
    expect(text).toContain('[ ] A bleeding problem')
  })

  test('without the Clipboard API, shows the text selected for copying', async ({ page }) => {
    await page.addInitScript(() => Object.defineProperty(navigator, 'clipboard', { value: undefined }))
    await page.goto(PATH)
    await page.getByLabel('Heart disease').check()
    await page.getByRole('button', { name: 'Copy as text' }).click()
    const box = page.getByRole('textbox', { name: 'Checklist as text' })
    await expect(box).toBeFocused()
    await expect(box).toHaveValue(/\[x\] Heart disease/)
    expect(await box.evaluate((element: HTMLTextAreaElement) => element.selectionEnd - element.selectionStart)).toBeGreaterThan(100)
  })

  test('works with the keyboard alone', async ({ page }) => {
    await page.addInitScript(() => {
      window.print = () => document.body.setAttribute('data-printed', 'yes')
    })
    await page.goto(PATH)
    const focusedName = () => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name ?? '')
    for (let presses = 0; presses < 40 && (await focusedName()) !== items[0]!.id; presses++) await page.keyboard.press('Tab')
    await page.keyboard.press('Space')
    await expect(page.getByLabel(items[0]!.text, { exact: true })).toBeChecked()
    const reset = page.getByRole('button', { name: 'Reset all ticks' })
    await reset.focus()
    await page.keyboard.press('Enter')
    await expect(page.getByLabel(items[0]!.text, { exact: true })).not.toBeChecked()
    await page.getByRole('button', { name: 'Copy as text' }).focus()
    await page.keyboard.press('Enter')
    await expect(page.getByRole('status')).not.toHaveText('All ticks cleared.')
    await page.getByRole('button', { name: 'Print' }).focus()
    await page.keyboard.press('Enter')
    await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes')
  })

  test('prints on one A4 and one Letter page, keeping the ticks and dropping the buttons', async ({ page }) => {
    await page.goto(PATH)
    await page.getByLabel('Heart disease').check()
    await page.getByLabel('What aftercare do you advise?').check()
    await page.emulateMedia({ media: 'print' })
    await expect(page.getByRole('button', { name: 'Print' })).toBeHidden()
    await expect(page.getByLabel('Heart disease')).toBeVisible()
    await expect(page.getByLabel('Heart disease')).toBeChecked()
    expect(pdfPages(await page.pdf({ format: 'A4' }))).toBe(1)
    expect(pdfPages(await page.pdf({ format: 'Letter' }))).toBe(1)
  })

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false })
    test('is still the complete list, and its boxes can be ticked', async ({ page }) => {
      await page.goto(PATH)
      await expect(page.getByRole('checkbox')).toHaveCount(items.length)
      await expect(page.getByRole('button', { name: 'Reset all ticks' })).toBeHidden()
      await page.getByLabel('Heart disease').check()
      await expect(page.getByLabel('Heart disease')).toBeChecked()
    })
  })
})
