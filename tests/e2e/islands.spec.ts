import fs from 'node:fs'
import { expect, test } from '@playwright/test'
import { builtPagePaths } from './built-pages'

/**
 * Islands are rendered by Preact on the server and hydrated by Preact in the
 * browser, from the same component and props: bringing one to life must not
 * change a single node, attribute or text in it (the old React-then-Preact
 * mount rewrote hundreds). Only the root's own "hydrated" marker is new.
 */
const islandPages = builtPagePaths().filter((pagePath) => fs.readFileSync(`out${pagePath}index.html`, 'utf8').includes('data-island='))

test('some pages have islands', () => {
  expect(islandPages.length).toBeGreaterThanOrEqual(3)
})

for (const pagePath of islandPages) {
  test(`hydrating the islands on ${pagePath} changes nothing in them`, async ({ page }) => {
    await page.addInitScript(() => {
      const changes: string[] = []
      Object.assign(window, { islandChanges: changes })
      // Module scripts run after the document is parsed, when readyState is already "interactive": start watching then.
      document.addEventListener('readystatechange', () => {
        if (document.readyState !== 'interactive') return
        for (const root of document.querySelectorAll('[data-island]')) {
          new MutationObserver((records) => {
            for (const record of records) {
              if (record.target === root && record.attributeName === 'data-island-hydrated') continue
              changes.push(
                `${record.type} ${record.attributeName ?? ''} on ${(record.target as Element).nodeName} in ${root.getAttribute('data-island')}`,
              )
            }
          }).observe(root, { subtree: true, childList: true, attributes: true, characterData: true })
        }
      })
    })
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    await page.goto(pagePath)
    const islands = page.locator('[data-island]')
    const count = await islands.count()
    expect(count).toBeGreaterThan(0)
    await expect(page.locator('[data-island][data-island-hydrated]')).toHaveCount(count)
    // Effects run after the first paint: let them.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100))))
    expect(await page.evaluate(() => (window as unknown as { islandChanges: string[] }).islandChanges)).toEqual([])
    expect(errors).toEqual([])
  })
}
