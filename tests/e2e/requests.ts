import type { Page } from '@playwright/test'

/**
 * Starts recording the addresses a page requests, except the tab icon it
 * declares. The browser fetches that icon itself, after the load event and when
 * it chooses: with the cores busy that came after "networkidle", in the middle
 * of a test that expected no requests at all. It carries nothing the reader did.
 */
export async function recordRequests(page: Page): Promise<string[]> {
  const icons = await page.locator('link[rel~="icon"]').evaluateAll((links) => links.map((link) => (link as HTMLLinkElement).href))
  const requests: string[] = []
  page.on('request', (request) => {
    if (!icons.includes(request.url())) requests.push(request.url())
  })
  return requests
}
