import { expect, test } from '@playwright/test'
import { CHROMIUM_ARGS, systemChromium } from '../../scripts/lib/chromium.mjs'
import { builtPagePaths } from './built-pages'

const articlePaths = builtPagePaths().filter((path) => /^\/articles\/[^/]+\/$/.test(path))

// Playwright hides scrollbars in headless Chromium; Lighthouse and readers' desktop browsers show them.
test.use({
  viewport: { width: 1280, height: 800 },
  launchOptions: { executablePath: systemChromium(), args: CHROMIUM_ARGS, ignoreDefaultArgs: ['--hide-scrollbars'] },
})

test.describe('layout stability', () => {
  for (const path of [articlePaths[0] ?? '/articles/', '/authors/victor-beer/']) {
    test(`${path} does not shift sideways when the scrollbar comes and goes`, async ({ page }) => {
      await page.goto(path)
      const measure = () =>
        page.evaluate(() => ({
          scrollbar: window.innerWidth - document.documentElement.clientWidth,
          bodyWidth: document.body.getBoundingClientRect().width,
          headingLeft: document.querySelector('h1')?.getBoundingClientRect().left ?? NaN,
        }))
      const long = await measure()
      // A browser with a classic scrollbar (as headless Chromium and most desktop browsers have) is the one that shifts.
      expect(long.scrollbar).toBeGreaterThan(0)
      // What the browser paints before it has read the whole page: everything after the heading is not there yet.
      await page.evaluate(() => {
        const heading = document.querySelector('h1')
        for (const element of document.body.querySelectorAll('*')) {
          if (element instanceof HTMLElement && heading && !element.contains(heading) && !heading.contains(element) && element !== heading)
            element.style.display = 'none'
        }
      })
      expect(await page.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight)).toBe(true)
      const { scrollbar, ...short } = await measure()
      expect(scrollbar).toBe(0)
      expect(short).toEqual({ bodyWidth: long.bodyWidth, headingLeft: long.headingLeft })
    })
  }
})
