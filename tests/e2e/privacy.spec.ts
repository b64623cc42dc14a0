import fs from 'node:fs'
import { expect, test } from '@playwright/test'
import { STORAGE_KEYS } from '@/lib/browser/storage'
import { nothingStored, recordHosts, storedState } from './page-watch'
import { FIRST_SEARCH } from './site-search'

/**
 * Nothing a reader does here leaves their browser or stays behind in it: every tool in use asks only this site
 * for anything, sets no cookie and stores nothing but the checklist's ticks and the treatment record. Every page, merely visited, is
 * checked the same way during its one visit in every-page.spec.ts.
 */

const recordKey = STORAGE_KEYS.treatmentRecord
const checklistKey = (JSON.parse(fs.readFileSync('content/tools/consultation-checklist.json', 'utf8')) as { storageKey: string }).storageKey

test('using every tool sends nothing elsewhere and keeps only the checklist ticks and the treatment record', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  const hosts = recordHosts(page)

  await page.goto('/is-this-normal/')
  await page.getByLabel('1 to 3 days ago').check()
  await page.getByLabel('New trouble swallowing').check()
  await expect(page.locator('#symptom-guide-result').getByRole('heading', { name: /^Emergency advice:/ })).toBeVisible()

  await page.goto('/consultation-checklist/')
  await page.getByLabel('Heart disease').check()
  await page.getByRole('button', { name: 'Copy as text' }).click()

  await page.goto('/my-treatment-record/')
  await page.getByLabel('Batch (lot) number').fill('C1234')
  await page.getByRole('button', { name: 'Copy as text' }).click()

  await page.goto('/search/')
  await page.getByLabel('Search the articles').fill('bruising')
  await expect(page.locator('main ol > li h2 a').first()).toBeVisible(FIRST_SEARCH)

  await page.goto('/articles/common-side-effects/')
  await page.getByRole('button', { name: 'Copy link' }).click()
  await expect(page.getByRole('status').first()).toHaveText(/copied/)

  expect([...hosts]).toEqual([new URL(page.url()).host])
  const stored = await storedState(page, context)
  expect({ ...stored, localStorage: [...stored.localStorage].sort() }).toEqual({
    ...nothingStored,
    localStorage: [checklistKey, recordKey].sort(),
  })
})
