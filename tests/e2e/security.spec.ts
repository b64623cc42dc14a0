import { expect, test } from '@playwright/test'
import { CACHE_CONTROL, SECURITY_HEADERS } from '../../lib/http-headers.mjs'
import { builtPagePaths } from './built-pages'
import { watchViolations } from './page-watch'

/**
 * What the server adds to out/: every header from lib/http-headers.mjs, a
 * per-page policy that lets scripts come only from the site (and lets the
 * search page compile WebAssembly), gzip, caching and a real 404. Runs
 * against nginx and against npm start. That the browser meets no policy violation on any page is checked during
 * the page's one visit in every-page.spec.ts (what it enforces follows from the headers and policy checked here,
 * which are the same on both servers, and a visit costs seconds).
 */

const pages = builtPagePaths()

function expectSecurityHeaders(headers: Record<string, string>) {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(headers[name.toLowerCase()], name).toBe(value)
}

/** The page's own policy, from its <meta>; the header policy has no script-src, so this one decides what may run. */
function metaPolicy(html: string): Map<string, string> {
  const content = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"\/>/.exec(html)?.[1]
  expect(content, 'the page has a <meta> Content Security Policy').toBeDefined()
  return new Map(content!.split('; ').map((directive) => [directive.split(' ')[0]!, directive]))
}

for (const path of pages) {
  test(`${path}: security headers, gzip, caching and a policy that lets scripts come only from the site`, async ({ request }) => {
    const response = await request.get(path, { headers: { 'Accept-Encoding': 'gzip' } })
    expect(response.status()).toBe(200)
    const headers = response.headers()
    expectSecurityHeaders(headers)
    expect(headers['cache-control']).toBe(CACHE_CONTROL.html)
    expect(headers['content-encoding']).toBe('gzip')

    const policy = metaPolicy(await response.text())
    expect(policy.get('default-src')).toBe("default-src 'self'")
    expect(policy.get('script-src')).toBe(path === '/search/' ? "script-src 'self' 'wasm-unsafe-eval'" : "script-src 'self'")
  })
}

test('the policy refuses an inline script, and WebAssembly everywhere but on the search page', async ({ page }) => {
  const violations = await watchViolations(page)
  await page.goto('/articles/common-side-effects/')
  const ran = await page.evaluate(async () => {
    const script = document.createElement('script')
    script.textContent = 'document.documentElement.dataset.injected = "ran"'
    document.head.append(script)
    await new Promise((resolve) => setTimeout(resolve, 100))
    return document.documentElement.dataset.injected ?? 'blocked'
  })
  expect(ran).toBe('blocked')
  expect(await violations()).toContain('script-src-elem blocked inline')

  // The smallest valid WebAssembly module: the magic number and version 1.
  const compile = () =>
    page.evaluate(() =>
      WebAssembly.compile(new Uint8Array([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0])).then(
        () => 'compiled',
        (error: Error) => error.name,
      ),
    )
  expect(await compile()).toBe('CompileError')
  await page.goto('/search/')
  expect(await compile()).toBe('compiled')
})

test('content-named assets are cached for a year; other files for an hour', async ({ request, page }) => {
  const islandChunks: string[] = []
  page.on('request', (sent) => {
    const { pathname } = new URL(sent.url())
    if (pathname.startsWith('/islands/chunks/')) islandChunks.push(pathname)
  })
  await page.goto('/search/', { waitUntil: 'networkidle' })
  const stylesheet = await page.locator('link[rel="stylesheet"][href^="/_next/static/"]').first().getAttribute('href')
  expect(islandChunks.length, 'the search island loads its shared chunks').toBeGreaterThan(0)
  for (const path of [stylesheet!, ...islandChunks]) {
    const asset = await request.get(path, { headers: { 'Accept-Encoding': 'gzip' } })
    expect(asset.headers()['cache-control'], path).toBe(CACHE_CONTROL.hashed)
    expect(asset.headers()['content-encoding'], path).toBe('gzip')
    expectSecurityHeaders(asset.headers())
  }
  // An island's entry keeps its name from build to build, so it is revalidated like any other file.
  expect((await request.get('/islands/site-search.js')).headers()['cache-control']).toBe(CACHE_CONTROL.other)
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
  await expect(page.locator('#symptom-guide-result').getByRole('heading', { name: /^Emergency advice:/ })).toBeVisible()
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
