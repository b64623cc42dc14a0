import fs from 'node:fs'
import { expect, test, type Locator } from '@playwright/test'
import { builtPagePaths } from './built-pages'

const figures = JSON.parse(fs.readFileSync('content/tools/risk-figures.json', 'utf8')) as {
  id: string
  treated: { percent: number }
  placebo: { percent: number }
}[]
/** Solid figures drawn: each solid rectangle repeats one 20 by 24 figure across its area. */
const solidPeople = (svg: Locator) =>
  svg
    .locator('rect[data-filled="true"]')
    .evaluateAll((rects) =>
      rects.reduce(
        (sum, rect) => sum + ((rect as SVGRectElement).width.baseVal.value / 20) * ((rect as SVGRectElement).height.baseVal.value / 24),
        0,
      ),
    )
const articlePaths = builtPagePaths().filter((path) => /^\/articles\/[^/]+\/$/.test(path))

test('the articles use at least 5 risk pictures, each drawn from its data', async ({ page }) => {
  const seen = new Set<string>()
  for (const path of articlePaths) {
    await page.goto(path)
    for (const figure of await page.locator('figure.risk-figure').all()) {
      const id = (await figure.getAttribute('data-figure')) ?? ''
      const data = figures.find((candidate) => candidate.id === id)!
      const [treated, placebo] = await figure.getByRole('img').all()
      expect(await solidPeople(treated!)).toBe(Math.round(data.treated.percent))
      expect(await solidPeople(placebo!)).toBe(Math.round(data.placebo.percent))
      seen.add(id)
    }
  }
  expect(seen.size).toBeGreaterThanOrEqual(5)
})

test('a risk picture opens its table with the keyboard, and the timeline reads as a list', async ({ page }) => {
  await page.goto('/articles/botox-risks-at-a-glance/')
  const summary = page.locator('figure.risk-figure summary').first()
  await summary.focus()
  await page.keyboard.press('Enter')
  await expect(page.locator('figure.risk-figure').first().getByRole('table')).toBeVisible()
  const timeline = page.getByRole('region', { name: 'What to expect in the weeks after treatment' })
  await expect(timeline.getByRole('listitem').filter({ hasText: 'From a few hours to about 4 weeks' })).toBeVisible()
})

test.describe('on a narrow screen and in print', () => {
  test.use({ viewport: { width: 320, height: 640 } })
  test('the timeline keeps all its words', async ({ page }) => {
    await page.goto('/articles/botox-risks-at-a-glance/')
    await page.emulateMedia({ media: 'print' })
    const text = await page.getByRole('region', { name: 'What to expect in the weeks after treatment' }).innerText()
    for (const phrase of ['Within about 2 days', 'Day 3 to day 7', 'After about 3 to 4 months']) expect(text).toContain(phrase)
  })
})
