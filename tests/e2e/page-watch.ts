import type { BrowserContext, Page } from '@playwright/test'

/**
 * What a page does behind the reader's back, watched during a visit: the hosts it asks for anything, what it
 * leaves stored in the browser, and the Content Security Policy violations it causes. Shared by the every-page
 * visit (tests/e2e/every-page.spec.ts) and the tests that use the tools (privacy.spec.ts, security.spec.ts).
 */

/** Every host the page asks for anything, data: URLs aside. */
export function recordHosts(page: Page) {
  const hosts = new Set<string>()
  page.on('request', (request) => {
    const url = new URL(request.url())
    if (url.protocol !== 'data:') hosts.add(url.host)
  })
  return hosts
}

export async function storedState(page: Page, context: BrowserContext) {
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

export const nothingStored = { cookies: [], localStorage: [], sessionStorage: [], indexedDB: [], caches: [], serviceWorkers: 0 }

/** Records every Content Security Policy violation the browser reports, from before the page's first script. */
export async function watchViolations(page: Page) {
  await page.addInitScript(() => {
    const found: string[] = []
    ;(window as unknown as { cspViolations: string[] }).cspViolations = found
    document.addEventListener('securitypolicyviolation', (event) =>
      found.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}`),
    )
  })
  return () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)
}
