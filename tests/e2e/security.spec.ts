import { expect, test, type Page } from '@playwright/test'
import { CACHE_CONTROL, SECURITY_HEADERS } from '../../lib/http-headers.mjs'
import { inlineScriptHashes } from '../../scripts/apply-csp.mjs'
import { builtPagePaths } from './built-pages'

/**
 * What the server adds to out/: every header from lib/http-headers.mjs, a
 * per-page policy that lets exactly the page's own inline scripts run, gzip,
 * caching and a real 404. Runs against nginx and against npm start.
 */

const pages = builtPagePaths()

/** Records every Content Security Policy violation the browser reports, from before the page's first script. */
async function watchViolations(page: Page) {
  await page.addInitScript(() => {
    const found: string[] = []
    ;(window as unknown as { cspViolations: string[] }).cspViolations = found
    document.addEventListener('securitypolicyviolation', (event) => found.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}`))
  })
  return () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)
}

function expectSecurityHeaders(headers: Record<string, string>) {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(headers[name.toLowerCase()], name).toBe(value)
}

for (const path of pages) {
  test(`${path}: security headers, its own script hashes, and no policy violations`, async ({ page, request }) => {
    const response = await request.get(path, { headers: { 'Accept-Encoding': 'gzip' } })
    expect(response.status()).toBe(200)
    const headers = response.headers()
    expectSecurityHeaders(headers)
    expect(headers['cache-control']).toBe(CACHE_CONTROL.html)
    expect(headers['content-encoding']).toBe('gzip')

    const html = await response.text()
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"\/>/.exec(html)?.[1]
    expect(policy).toBeDefined()
    const scriptSource = policy!.split('; ').find((directive) => directive.startsWith('script-src '))!
    expect(scriptSource).not.toMatch(/'unsafe-inline'|'unsafe-eval'/)
    const hashes = scriptSource.split(' ').filter((token) => token.startsWith("'sha256-")).map((token) => token.slice(8, -1))
    expect(hashes.sort()).toEqual(inlineScriptHashes(html).sort())

    const violations = await watchViolations(page)
    await page.goto(path, { waitUntil: 'networkidle' })
    expect(await violations()).toEqual([])
  })
}

test('hashed assets are cached for a year; other files for an hour', async ({ request, page }) => {
  await page.goto('/')
  const stylesheet = await page.locator('link[rel="stylesheet"][href^="/_next/static/"]').first().getAttribute('href')
  const asset = await request.get(stylesheet!, { headers: { 'Accept-Encoding': 'gzip' } })
  expect(asset.headers()['cache-control']).toBe(CACHE_CONTROL.hashed)
  expect(asset.headers()['content-encoding']).toBe('gzip')
  expectSecurityHeaders(asset.headers())
  expect((await request.get('/og.png')).headers()['cache-control']).toBe(CACHE_CONTROL.other)
})

test('an unknown address gets the 404 page, with the same headers', async ({ request }) => {
  const response = await request.get('/no-such-page/')
  expect(response.status()).toBe(404)
  expectSecurityHeaders(response.headers())
  expect(await response.text()).toContain('Page not found')
})

test('a page without its trailing slash still arrives', async ({ page }) => {
  const response = await page.goto('/articles/common-side-effects')
  expect(response?.status()).toBe(200)
  expect(new URL(page.url()).pathname).toMatch(/^\/articles\/common-side-effects\/?$/)
})

test('every tool still works under the policy, with no violations', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  const violations = await watchViolations(page)

  await page.goto('/is-this-normal/')
  await page.getByLabel('1 to 3 days ago').check()
  await page.getByLabel('New trouble swallowing').check()
  await expect(page.getByRole('status').getByRole('heading', { name: /^Emergency advice:/ })).toBeVisible()
  expect(await violations()).toEqual([])

  await page.goto('/consultation-checklist/')
  await page.getByLabel('Heart disease').check()
  await expect(page.getByLabel('Heart disease')).toBeChecked()
  expect(await violations()).toEqual([])

  await page.goto('/search/?q=eyelid')
  await expect(page.locator('main ol > li h2 a').first()).toBeVisible()
  expect(await violations()).toEqual([])

  await page.goto('/articles/common-side-effects/')
  await page.getByRole('button', { name: 'Copy link' }).click()
  await expect(page.getByRole('status').first()).toHaveText(/copied/)
  expect(await violations()).toEqual([])
})
