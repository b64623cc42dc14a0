import fs from 'node:fs'
import { pdfPages } from './pdf'
import { expect, test } from '@playwright/test'
import jsQR from 'jsqr'
import { PNG } from 'pngjs'
import { builtPagePaths } from './built-pages'

const articlePaths = builtPagePaths().filter((path) => /^\/articles\/[^/]+\/$/.test(path))
const origin = new URL(/<loc>([^<]+)<\/loc>/.exec(fs.readFileSync('out/sitemap.xml', 'utf8'))![1]!).origin

// One visit per article for both: a visit costs more than a check.
for (const path of articlePaths) {
  test(`${path} offers its QR code as an SVG file for posters, and prints as a clean handout that leads back online`, async ({
    page,
    request,
  }, testInfo) => {
    await page.goto(path)
    await test.step('offers its QR code as an SVG file for posters', async () => {
      const download = page.getByRole('link', { name: /Download the QR code/ })
      await expect(download).toHaveAttribute('download', /-qr-code\.svg$/)
      const response = await request.get((await download.getAttribute('href'))!)
      expect(response.status()).toBe(200)
      expect(response.headers()['content-type']).toMatch(/^image\/svg\+xml/)
      expect((await response.text()).startsWith('<svg')).toBe(true)
    })
    await page.emulateMedia({ media: 'print' })
    // Gone on paper: navigation, buttons and section links.
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden()
    await expect(page.getByRole('navigation', { name: 'On this page' })).toBeHidden()
    await expect(page.getByRole('button', { name: 'Copy link' })).toBeHidden()
    await expect(page.locator('.heading-link').first()).toBeHidden()
    await expect(page.locator('body > header')).toBeHidden()
    await expect(page.getByRole('link', { name: 'Report a problem with this page' })).toBeHidden()
    // Kept: key points, care cards, review dates and the references with their addresses.
    await expect(page.getByRole('region', { name: 'Key points' })).toBeVisible()
    for (const careCard of await page.locator('.care-card').all()) await expect(careCard).toBeVisible()
    await expect(page.getByRole('complementary', { name: 'Medical review' })).toContainText('Next review due:')
    const firstReference = page.locator('#references + ol > li').first()
    await expect(firstReference).toBeVisible()
    await expect(firstReference).toContainText(/https?:\/\//)
    // The QR code on the page decodes to the article's own address.
    const qr = page.getByRole('img', { name: /^QR code for / })
    await expect(qr).toBeVisible()
    const png = PNG.sync.read(await qr.screenshot())
    const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height)
    expect(decoded?.data).toBe(`${origin}${path}`)
    // And Chromium renders the whole handout to PDF.
    const pdf = await page.pdf({ format: 'A4', printBackground: true })
    await testInfo.attach('handout.pdf', { body: pdf, contentType: 'application/pdf' })
    expect(pdfPages(pdf)).toBeGreaterThanOrEqual(1)
    expect(pdfPages(pdf)).toBeLessThanOrEqual(15)
  })
}
