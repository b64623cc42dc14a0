import fs from 'node:fs'
import AxeBuilder from '@axe-core/playwright'
import { WCAG_TAGS } from '@/tests/support/wcag'
import { pdfPages } from './pdf'
import { expect, test, type Page } from '@playwright/test'
import ICAL from 'ical.js'
import { STORAGE_KEYS } from '@/lib/browser/storage'
import { TOOL_PAGES } from '@/lib/site/routes'
import { recordRequests } from './requests'

const PATH = TOOL_PAGES.treatmentRecord.path
const KEY = STORAGE_KEYS.treatmentRecord
const MARKUP = '<img src=x onerror="document.title=1">'

const card = (page: Page) => page.locator('.record-card')
const side = (page: Page, name: 'front' | 'back') => page.locator(`.record-card-side[data-side="${name}"]`)
const stored = (page: Page) => page.evaluate((key) => localStorage.getItem(key), KEY)

async function fillRecord(page: Page) {
  await page.getByLabel('Date of treatment').fill('2026-11-20')
  await page.getByLabel('Clinic name').fill(`Smith & Jones, ${MARKUP}`)
  await page.getByLabel('Clinic phone number').fill('020 7946 0000')
  await page.getByLabel('Name of the person who injected you').fill('A. Practitioner')
  await page.getByRole('radio', { name: 'Yes' }).check()
  await page.getByLabel('Product name').fill('Example toxin')
  await page.getByLabel('Batch (lot) number').fill('C1234; B')
  await page.getByLabel('Follow-up review date').fill('2026-12-04')
  await page.getByLabel('Notes').fill('Line one\nLine two')
}

test.describe('my treatment record', () => {
  test('is filled in, kept after a reload, shown on the card as text, and cleared on request', async ({ page }) => {
    const dialogs: string[] = []
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message())
      void dialog.accept()
    })
    await page.goto(PATH)
    await fillRecord(page)
    await page.reload()
    await expect(page.getByLabel('Clinic name')).toHaveValue(`Smith & Jones, ${MARKUP}`)
    await expect(page.getByLabel('Follow-up review date')).toHaveValue('2026-12-04')
    await expect(page.getByRole('radio', { name: 'Yes' })).toBeChecked()
    await expect(side(page, 'front')).toContainText('20 November 2026')
    await expect(side(page, 'front').locator('[data-field="clinicName"]')).toHaveText(`Smith & Jones, ${MARKUP}`)
    await expect(side(page, 'back').locator('[data-field="batchNumber"]')).toHaveText('C1234; B')
    await expect(card(page).locator('img')).toHaveCount(0)
    expect(await page.title()).not.toBe('1')
    expect((await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()).violations.map((violation) => violation.id)).toEqual([])
    expect(new URL(page.url()).pathname + new URL(page.url()).search + new URL(page.url()).hash).toBe(PATH)

    await page.getByRole('button', { name: 'Clear this record' }).click()
    await expect(page.getByRole('status')).toHaveText('Record cleared. Nothing about it is kept in this browser.')
    expect(dialogs).toEqual(['Clear this record from this browser? This cannot be undone.'])
    expect(await stored(page)).toBeNull()
    await page.reload()
    await expect(page.getByLabel('Clinic name')).toHaveValue('')
    await expect(side(page, 'front').locator('[data-field="clinicName"]')).toHaveText('')
  })

  test('sends nothing and keeps only its own key while it is filled, printed, copied and downloaded', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    await page.addInitScript(() => {
      window.print = () => document.body.setAttribute('data-printed', document.documentElement.dataset.printRecord ?? '')
    })
    await page.goto(PATH)
    await page.waitForLoadState('networkidle')
    const requests = await recordRequests(page)
    await fillRecord(page)
    await page.getByRole('button', { name: 'Print the wallet card' }).click()
    await page.pdf({ format: 'A4' })
    await page.getByRole('button', { name: 'Copy as text' }).click()
    const download = page.waitForEvent('download')
    await page.getByRole('button', { name: 'Add my follow-up review to my calendar' }).click()
    await (await download).path()
    await page.waitForTimeout(300)
    // The calendar file is a blob: address made inside the page; nothing else may be asked for, from anywhere.
    expect(requests.filter((url) => !url.startsWith('blob:'))).toEqual([])
    expect(await context.cookies()).toEqual([])
    expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([KEY])
    expect(await page.evaluate(() => Object.keys(sessionStorage))).toEqual([])
    expect(page.url()).not.toContain('?')
    expect(page.url()).not.toContain('C1234')
  })

  test('copies the record as text, markup and all, as typed', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    await page.goto(PATH)
    await fillRecord(page)
    await page.getByRole('button', { name: 'Copy as text' }).click()
    await expect(page.getByRole('status')).toContainText('Record copied')
    const text = await page.evaluate(() => navigator.clipboard.readText())
    expect(text).toContain(`Clinic name: Smith & Jones, ${MARKUP}\n`)
    expect(text).toContain('Date of treatment: 20 November 2026\n')
    expect(text).toContain('Notes: \nLine one\nLine two\n')
  })

  test('downloads the follow-up review as a calendar file that a calendar parser imports', async ({ page }) => {
    await page.goto(PATH)
    await fillRecord(page)
    const downloading = page.waitForEvent('download')
    await page.getByRole('button', { name: 'Add my follow-up review to my calendar' }).click()
    const download = await downloading
    expect(download.suggestedFilename()).toBe('botox-follow-up-review.ics')
    const file = fs.readFileSync((await download.path())!, 'utf8')
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(file)).getFirstSubcomponent('vevent')!)
    expect(event.startDate.toString()).toBe('2026-12-04')
    expect(event.startDate.isDate).toBe(true)
    expect(event.summary).toBe(`Follow-up review after Botox: Smith & Jones, ${MARKUP}`)
    expect(event.description).toContain('Batch (lot) number: C1234; B')
    expect(event.description).not.toContain('Line one')
    await expect(page.getByRole('status')).toContainText('Calendar file downloaded')
  })

  test('prints the wallet card on one page, both sides credit-card sized, and the full record on one page', async ({ page }) => {
    await page.addInitScript(() => {
      window.print = () => {}
    })
    await page.goto(PATH)
    await fillRecord(page)
    await page.emulateMedia({ media: 'print' })
    await expect(page.getByLabel('Clinic name')).toBeHidden()
    await expect(page.getByRole('heading', { level: 1 })).toBeHidden()
    for (const name of ['front', 'back'] as const) {
      const box = (await side(page, name).boundingBox())!
      // 85.6 x 54 mm at 96 px per inch.
      expect(Math.round(box.width)).toBe(Math.round((85.6 / 25.4) * 96))
      expect(Math.round(box.height)).toBe(Math.round((54 / 25.4) * 96))
    }
    await expect(side(page, 'front')).toHaveCSS('border-right-style', 'dashed')
    await expect(side(page, 'back')).toHaveCSS('border-top-style', 'dotted')
    await expect(page.getByText('Cut along the dotted line, fold along the dashed line')).toBeVisible()
    expect(pdfPages(await page.pdf({ format: 'A4' }))).toBe(1)
    expect(pdfPages(await page.pdf({ format: 'Letter' }))).toBe(1)

    await page.emulateMedia({ media: 'screen' })
    await page.getByRole('button', { name: 'Print the full record' }).click()
    await page.emulateMedia({ media: 'print' })
    await expect(card(page)).toBeHidden()
    const sheet = page.locator('.record-sheet')
    await expect(sheet).toBeVisible()
    await expect(sheet.locator('[data-field="notes"]')).toHaveText('Line one\nLine two')
    await expect(sheet.locator('[data-field="clinicAddress"]')).toHaveText('')
    expect(pdfPages(await page.pdf({ format: 'A4' }))).toBe(1)
    expect(pdfPages(await page.pdf({ format: 'Letter' }))).toBe(1)
  })

  test('points out a review date before the treatment, stops at each field’s limit and refuses a calendar file', async ({ page }) => {
    await page.goto(PATH)
    await page.getByLabel('Date of treatment').fill('2026-11-20')
    await page.getByLabel('Follow-up review date').fill('2026-11-01')
    const review = page.getByLabel('Follow-up review date')
    await expect(review).toHaveAttribute('aria-invalid', 'true')
    await expect(page.getByText('Check this date: This review date is before the date of treatment.')).toBeVisible()
    let downloads = 0
    page.on('download', () => downloads++)
    await page.getByRole('button', { name: 'Add my follow-up review to my calendar' }).click()
    await expect(page.getByRole('status')).toHaveText('The review date is before the date of treatment. Check both dates first.')
    expect(downloads).toBe(0)
    await page.getByLabel('Batch (lot) number').fill('B'.repeat(100))
    await expect(page.getByLabel('Batch (lot) number')).toHaveValue('B'.repeat(40))
    expect(JSON.parse((await stored(page))!).fields.batchNumber).toBe('B'.repeat(40))
  })

  for (const [name, value] of [
    ['corrupt', '{"version":1,"fields":{"clinicName":"Half'],
    ['from an older version', JSON.stringify({ version: 0, clinic: 'Old Clinic' })],
    ['from another site', JSON.stringify({ theme: 'dark', token: 'abc' })],
    ['too long', JSON.stringify({ version: 1, fields: { batchNumber: 'x'.repeat(500) } })],
    ['holding a date that does not exist', JSON.stringify({ version: 1, fields: { reviewDate: '2026-02-30' } })],
  ] as const) {
    test(`says a saved record that is ${name} cannot be read, and starts again`, async ({ page }) => {
      const errors: string[] = []
      page.on('pageerror', (error) => errors.push(error.message))
      await page.addInitScript(([key, saved]) => localStorage.setItem(key!, saved!), [KEY, value])
      await page.goto(PATH)
      const alert = page.getByRole('alert')
      await expect(alert).toContainText('We could not read the record saved in this browser')
      await expect(page.getByLabel('Clinic name')).toHaveValue('')
      await expect(side(page, 'back').locator('[data-field="batchNumber"]')).toHaveText('')
      await alert.getByRole('button', { name: 'Start a new record' }).click()
      await expect(page.getByRole('status')).toHaveText('Started a new, empty record.')
      expect(await stored(page)).toBeNull()
      await expect(page.getByRole('alert')).toHaveCount(0)
      expect(errors).toEqual([])
    })
  }

  test('works with the keyboard alone', async ({ page }) => {
    await page.addInitScript(() => {
      window.print = () => document.body.setAttribute('data-printed', document.documentElement.dataset.printRecord ?? '')
    })
    await page.goto(PATH)
    const focusedId = () => page.evaluate(() => document.activeElement?.id ?? '')
    for (let presses = 0; presses < 60 && (await focusedId()) !== 'record-treatmentDate'; presses++) await page.keyboard.press('Tab')
    expect(await focusedId()).toBe('record-treatmentDate')
    // A date field is several stops (day, month, year) in Chromium; the clinic's name comes after them.
    for (let presses = 0; presses < 5 && (await focusedId()) !== 'record-clinicName'; presses++) await page.keyboard.press('Tab')
    await page.keyboard.type('Keyboard Clinic')
    await expect(page.getByLabel('Clinic name')).toHaveValue('Keyboard Clinic')
    await page.getByRole('button', { name: 'Print the full record' }).focus()
    await page.keyboard.press('Enter')
    await expect(page.locator('body')).toHaveAttribute('data-printed', 'full')
  })

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false })
    test('offers the card as a blank form to print and fill in by hand', async ({ page }) => {
      await page.goto(PATH)
      await expect(page.getByText('This page needs JavaScript to keep a record.')).toBeVisible()
      await expect(page.getByLabel('Clinic name')).toBeHidden()
      await expect(page.getByRole('button', { name: 'Print the wallet card' })).toBeHidden()
      await expect(side(page, 'front')).toBeVisible()
      for (const value of await card(page).locator('dd').allTextContents()) expect(value).toBe('')
      await page.emulateMedia({ media: 'print' })
      await expect(page.getByText('This page needs JavaScript to keep a record.')).toBeHidden()
      await expect(side(page, 'back')).toBeVisible()
      expect(pdfPages(await page.pdf({ format: 'A4' }))).toBe(1)
    })
  })
})

test('the symptom guide’s summary adds the saved record when the reader ticks to', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.goto(PATH)
  await page.getByLabel('Batch (lot) number').fill('C1234')
  await page.getByLabel('Clinic name').fill('Example Clinic')
  await page.goto('/is-this-normal/')
  await page.getByLabel('1 to 3 days ago').check()
  await page.getByLabel('Bruising where the needle went in').check()
  const summary = page.locator('.guide-summary')
  const add = summary.getByRole('checkbox', { name: 'Add my treatment record to this summary' })
  await expect(add).toBeVisible()
  await expect(summary).not.toContainText('C1234')
  await add.check()
  await expect(summary.locator('[data-part="treatment-record"]')).toContainText('Batch (lot) number: C1234')
  await summary.getByRole('button', { name: 'Copy as text' }).click()
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('Clinic name: Example Clinic\nBatch (lot) number: C1234\n')
  await page.emulateMedia({ media: 'print' })
  await expect(add).toBeHidden()
  await expect(summary.locator('[data-part="treatment-record"]')).toBeVisible()
})
