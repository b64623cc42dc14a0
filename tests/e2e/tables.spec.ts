import fs from 'node:fs'
import AxeBuilder from '@axe-core/playwright'
import { WCAG_TAGS } from '@/tests/support/wcag'
import { expect, test, type Page } from '@playwright/test'
import { builtPagePaths } from './built-pages'

/**
 * A table's scrolling box is a tab stop only when there is something to
 * scroll: an extra stop that scrolls nowhere costs every keyboard user a key
 * press, and a box that scrolls but cannot be reached hides part of the
 * table from them. Checked at desktop width and at 320px, on every built page
 * with a table, with the risk pictures' tables opened too.
 */

const WIDTHS = [1280, 320]
const pagesWithTables = builtPagePaths().filter((path) => fs.readFileSync(`out${path}index.html`, 'utf8').includes('<table'))

type TableLayout = { scroller: boolean; overflows: boolean; fits: boolean }

/** Opens every <details>, marks each table's nearest sideways-scrolling ancestor, and says how each table is laid out. */
function layOutTables(page: Page): Promise<TableLayout[]> {
  return page.evaluate(() => {
    for (const details of document.querySelectorAll('details')) details.open = true
    return [...document.querySelectorAll('main table')].map((table, index) => {
      let box = table.parentElement
      while (box && box !== document.body && !['auto', 'scroll'].includes(getComputedStyle(box).overflowX)) box = box.parentElement
      if (!box || box === document.body) {
        const parent = table.parentElement!
        return {
          scroller: false,
          overflows: false,
          fits: table.getBoundingClientRect().width <= parent.getBoundingClientRect().width + 0.5,
        }
      }
      box.setAttribute('data-e2e-scroller', String(index))
      return { scroller: true, overflows: box.scrollWidth > box.clientWidth, fits: true }
    })
  })
}

/**
 * The indexes of the marked scrolling boxes that pressing Tab lands on. The walk
 * starts at the last link or control before the first box (from the top of the
 * page if there is none), so it covers every box without crossing the whole page.
 */
async function scrollersReachedByTab(page: Page): Promise<Set<number>> {
  const reached = new Set<number>()
  await page.evaluate(() => {
    ;(document.activeElement as HTMLElement | null)?.blur()
    const first = document.querySelector('[data-e2e-scroller]')
    if (!first) return
    const before = [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex]')].filter(
      (element) => Boolean(first.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_PRECEDING) && !element.contains(first),
    )
    before.at(-1)?.focus()
  })
  let passedLast = false
  for (let presses = 0; presses < 1000 && !passedLast; presses += 1) {
    await page.keyboard.press('Tab')
    const state = await page.evaluate(() => {
      const active = document.activeElement
      const scrollers = [...document.querySelectorAll('[data-e2e-scroller]')]
      const last = scrollers.at(-1)
      if (!active || active === document.body || !last) return { index: null, passedLast: true }
      const marked = active.getAttribute('data-e2e-scroller')
      const after = Boolean(last.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_FOLLOWING) && !last.contains(active)
      return { index: marked === null ? null : Number(marked), passedLast: after }
    })
    if (state.index !== null) reached.add(state.index)
    passedLast = state.passedLast
  }
  expect(passedLast, 'Tab moved past the last table').toBe(true)
  return reached
}

test('some built pages have tables to check', () => {
  expect(pagesWithTables.length).toBeGreaterThan(0)
})

for (const path of pagesWithTables) {
  for (const width of WIDTHS) {
    test(`${path} at ${width}px: a table's box is a tab stop if and only if it scrolls, and axe passes`, async ({ page }) => {
      // An axe scan plus a walk through every tab stop up to the last table: three times the usual time.
      test.slow()
      await page.setViewportSize({ width, height: 800 })
      await page.goto(path)
      const tables = await layOutTables(page)
      // every-page.spec.ts scans each whole page at one width; this scans the tables (with every <details> open) at both.
      const results = await new AxeBuilder({ page }).include('main table').include('[data-e2e-scroller]').withTags(WCAG_TAGS).analyze()
      expect(
        results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`),
      ).toEqual([])

      expect(
        tables.filter((table) => !table.fits),
        'tables outside a scrolling box fit their column',
      ).toEqual([])
      const reached = await scrollersReachedByTab(page)
      const expected = tables.map((table, index) => ({ index, tabStop: table.scroller && table.overflows }))
      expect(tables.map((_, index) => ({ index, tabStop: reached.has(index) }))).toEqual(expected)
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0)
    })
  }
}

test('a table too wide for a 320px screen scrolls in its own box, which Tab then reaches', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 })
  let index = -1
  for (const path of pagesWithTables) {
    await page.goto(path)
    index = (await layOutTables(page)).findIndex((table) => table.scroller)
    if (index >= 0) break
  }
  expect(index, 'some article has a table in a scrolling box').toBeGreaterThanOrEqual(0)
  await page.evaluate((tableIndex) => {
    const cell = document.querySelectorAll('main table')[tableIndex]!.querySelector('td, th')!
    cell.textContent = 'Unbreakable'.repeat(12)
  }, index)
  const after = await layOutTables(page)
  expect(after[index]).toEqual({ scroller: true, overflows: true, fits: true })
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0)
  expect((await scrollersReachedByTab(page)).has(index)).toBe(true)
})
