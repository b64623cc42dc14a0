import { JSDOM } from 'jsdom'
import { expect, test } from '@playwright/test'
import { checkClaims, claimsFromDocument, formatMismatches } from '@/lib/triage/consistency'
import { loadTriageModel } from '@/lib/triage/load'
import { builtPagePaths } from './built-pages'

/**
 * Urgent advice has one source, content/triage/model.json. Every care card and every list that shows signs at a level
 * (anything with data-level), on every built page as the server sends it, must agree with the model.
 */
const model = loadTriageModel()

for (const path of builtPagePaths()) {
  test(`${path} shows every sign at the triage model's level`, async ({ request }) => {
    const response = await request.get(path)
    expect(response.status()).toBe(200)
    const { document } = new JSDOM(await response.text()).window
    const claims = claimsFromDocument(document, path)
    expect(formatMismatches(checkClaims(model, claims))).toEqual([])
  })
}

test('the urgent-help page and the symptom guide make claims the check can read', async ({ request }) => {
  for (const path of ['/urgent-help/', '/is-this-normal/']) {
    const { document } = new JSDOM(await (await request.get(path)).text()).window
    const items = new Set(claimsFromDocument(document, path).flatMap((claim) => claim.items))
    expect(items.size, `${path} names signs in its cards`).toBeGreaterThanOrEqual(5)
  }
})
