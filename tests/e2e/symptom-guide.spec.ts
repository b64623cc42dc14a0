import fs from 'node:fs'
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { recordRequests } from './requests'

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']
const guide = JSON.parse(fs.readFileSync('content/tools/symptom-guide.json', 'utf8')) as { symptoms: { label: string; level: string }[] }
const PATH = '/is-this-normal/'

const result = (page: Page) => page.getByRole('status')

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()
  expect(
    results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`),
  ).toEqual([])
}

test.describe('symptom guide', () => {
  test('emergency: trouble swallowing two days after treatment says to call emergency services, in two clicks', async ({ page }) => {
    await page.goto(PATH)
    await page.getByLabel('1 to 3 days ago').check()
    await page.getByLabel('New trouble swallowing').check()
    await expect(result(page)).toHaveAttribute('data-level', 'emergency')
    await expect(result(page).getByRole('heading', { name: 'Emergency advice: Call 911 (US), 999 (UK) or 112 (EU) now' })).toBeVisible()
    // The same words appear right under the box the reader just ticked.
    await expect(
      page.getByRole('listitem').filter({ hasText: 'New trouble swallowing' }).getByText('Call 911 (US), 999 (UK) or 112 (EU) now.'),
    ).toBeVisible()
    await expect(result(page)).toContainText('Do not wait:')
    await expectNoAxeViolations(page)
  })

  test('is reached from the "Get urgent help" link in the header', async ({ page }) => {
    await page.goto('/articles/')
    await page.getByRole('banner').getByRole('link', { name: 'Get urgent help' }).click()
    await page.getByRole('main').getByRole('link', { name: 'symptom guide' }).click()
    await expect(page).toHaveURL(/\/is-this-normal\/$/)
  })

  test('urgent: an eye that will not close means contacting the clinic today', async ({ page }) => {
    await page.goto(PATH)
    await page.getByLabel('An eye that will not close fully').check()
    await expect(result(page)).toHaveAttribute('data-level', 'urgent')
    await expect(result(page)).toContainText('Contact the clinic that treated you today')
    await expect(result(page)).toContainText('What would make it more serious:')
    await expectNoAxeViolations(page)
  })

  test('routine: a small bruise is reassured with the facts and what to watch for', async ({ page }) => {
    await page.goto(PATH)
    await page.getByLabel('Today').check()
    await page.getByLabel('Bruising where the needle went in').check()
    await expect(result(page)).toHaveAttribute('data-level', 'routine')
    await expect(result(page)).toContainText('This is common and usually settles on its own')
    await expect(result(page)).toContainText('A bruise is one of the most common effects and is usually brief.')
    await expect(result(page)).toContainText('What would make it more serious:')
    await expect(
      result(page)
        .getByRole('link', { name: /reference \d+/ })
        .first(),
    ).toBeVisible()
    await expectNoAxeViolations(page)
  })

  test('mixed: double vision with a drooping eyelid is an emergency, and the bruise is still listed', async ({ page }) => {
    await page.goto(PATH)
    await page.getByLabel('4 to 14 days ago').check()
    await page.getByLabel('Bruising where the needle went in').check()
    await page.getByLabel('A drooping eyelid', { exact: true }).check()
    await expect(result(page)).toHaveAttribute('data-level', 'routine')
    await page.getByLabel('Double or blurred vision').check()
    await expect(result(page)).toHaveAttribute('data-level', 'emergency')
    await expect(result(page)).toContainText('can mean the toxin')
    await expect(result(page)).toContainText('You also ticked:')
    await page.getByLabel('Double or blurred vision').uncheck()
    await expect(result(page)).toHaveAttribute('data-level', 'routine')
  })

  test('a headache that has lasted 4 days or more needs the clinic', async ({ page }) => {
    await page.goto(PATH)
    await page.getByLabel('A headache').check()
    await page.getByLabel('1 to 3 days ago').check()
    await expect(result(page)).toHaveAttribute('data-level', 'routine')
    await page.getByLabel('4 to 14 days ago').check()
    await expect(result(page)).toHaveAttribute('data-level', 'urgent')
  })

  test('nothing the reader chooses is sent or stored', async ({ page, context }) => {
    await page.goto(PATH)
    await page.waitForLoadState('networkidle')
    const requests = await recordRequests(page)
    for (const symptom of guide.symptoms) await page.getByLabel(symptom.label, { exact: true }).check()
    await page.getByLabel('More than 4 weeks ago').check()
    for (const symptom of guide.symptoms) await page.getByLabel(symptom.label, { exact: true }).uncheck()
    await page.waitForTimeout(300)
    expect(requests).toEqual([])
    expect(await context.cookies()).toEqual([])
    expect(await page.evaluate(() => [localStorage.length, sessionStorage.length])).toEqual([0, 0])
  })

  test('works with the keyboard alone', async ({ page }) => {
    await page.goto(PATH)
    const focusedName = () => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name ?? '')
    for (let presses = 0; presses < 40 && (await focusedName()) !== 'timeframe'; presses++) await page.keyboard.press('Tab')
    expect(await focusedName()).toBe('timeframe')
    await page.keyboard.press('Space')
    await expect(page.getByLabel('Today')).toBeChecked()
    await page.keyboard.press('ArrowRight')
    await expect(page.getByLabel('1 to 3 days ago')).toBeChecked()
    await page.keyboard.press('Tab')
    expect(await focusedName()).toBe('symptom')
    await page.keyboard.press('Space')
    await expect(page.getByLabel(guide.symptoms[0]!.label)).toBeChecked()
    await expect(result(page)).toHaveAttribute('data-level', guide.symptoms[0]!.level)
  })

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false })
    test('shows every symptom grouped by level as plain lists, and hides the form that needs a script', async ({ page }) => {
      await page.goto(PATH)
      await expect(page.getByRole('heading', { name: 'Check what you notice' })).toBeHidden()
      const lists = page.locator('#all-symptoms ~ .care-card')
      await expect(lists).toHaveCount(3)
      await expect(lists.nth(0)).toHaveAttribute('data-level', 'emergency')
      for (const symptom of guide.symptoms) {
        await expect(page.locator(`.care-card[data-level="${symptom.level}"] li`).filter({ hasText: symptom.label }).first()).toBeVisible()
      }
      // axe needs a script in the page, so the lists are scanned by the scripted tests above and by every-page.spec.ts.
    })
  })
})
