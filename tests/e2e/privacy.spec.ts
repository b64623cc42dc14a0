import fs from 'node:fs'
import { expect, test, type BrowserContext, type Page } from '@playwright/test'
import { builtPagePaths } from './built-pages'
import { FIRST_SEARCH } from './site-search'

/**
 * Nothing a reader does here leaves their browser or stays behind in it: every
 * page, and every tool in use, asks only this site for anything, sets no
 * cookie and stores nothing but the checklist's own ticks.
 */

const checklistKey = (JSON.parse(fs.readFileSync('content/tools/consultation-checklist.json', 'utf8')) as { storageKey: string }).storageKey

function recordHosts(page: Page) {
  const hosts = new Set<string>()
  page.on('request', (request) => {
    const url = new URL(request.url())
    if (url.protocol !== 'data:') hosts.add(url.host)
  })
  return hosts
}

async function storedState(page: Page, context: BrowserContext) {
  return {
    cookies: await context.cookies(),
    ...(await page.evaluate(async () => ({
      localStorage: Object.keys(localStorage),
      sessionStorage: Object.keys(sessionStorage),
      indexedDB: (await indexedDB.databases()).map((database) => database.name),
      caches: await caches.keys(),
      serviceWorkers: (await navigator.serviceWorker.getRegistrations()).length,
    }))),
  }
}

const nothingStored = { cookies: [], localStorage: [], sessionStorage: [], indexedDB: [], caches: [], serviceWorkers: 0 }

for (const path of builtPagePaths()) {
  test(`${path}: asks no other host for anything and stores nothing`, async ({ page, context }) => {
    const hosts = recordHosts(page)
    await page.goto(path, { waitUntil: 'networkidle' })
    // Scroll to the end so anything loaded lazily is loaded too.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight))
    await page.waitForLoadState('networkidle')
    expect([...hosts]).toEqual([new URL(page.url()).host])
    expect(await storedState(page, context)).toEqual(nothingStored)
  })
}

test('using every tool sends nothing elsewhere and keeps only the checklist ticks', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  const hosts = recordHosts(page)

  await page.goto('/is-this-normal/')
  await page.getByLabel('1 to 3 days ago').check()
  await page.getByLabel('New trouble swallowing').check()
  await expect(page.locator('#symptom-guide-result').getByRole('heading', { name: /^Emergency advice:/ })).toBeVisible()

  await page.goto('/consultation-checklist/')
  await page.getByLabel('Heart disease').check()
  await page.getByRole('button', { name: 'Copy as text' }).click()

  await page.goto('/search/')
  await page.getByLabel('Search the articles').fill('bruising')
  await expect(page.locator('main ol > li h2 a').first()).toBeVisible(FIRST_SEARCH)

  await page.goto('/articles/common-side-effects/')
  await page.getByRole('button', { name: 'Copy link' }).click()
  await expect(page.getByRole('status').first()).toHaveText(/copied/)

  expect([...hosts]).toEqual([new URL(page.url()).host])
  expect(await storedState(page, context)).toEqual({ ...nothingStored, localStorage: [checklistKey] })
})
