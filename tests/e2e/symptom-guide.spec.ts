import fs from 'node:fs'
import AxeBuilder from '@axe-core/playwright'
import { WCAG_TAGS } from '@/tests/support/wcag'
import { expect, test, type Page } from '@playwright/test'
import { mdxMessages } from '@/components/mdx/messages'
import { dataTranslationSchema } from '@/lib/i18n/data-translation'
import { format } from '@/lib/i18n/messages'
import { symptomGuideMessages } from '@/tools/symptom-guide/messages'
import { recordRequests } from './requests'

/**
 * The symptom guide through the real built page: every clinical scenario in
 * lib/triage/scenarios.json, entered as a reader would, must show the level
 * and action the scenario expects; then the keyboard, the summary, privacy and
 * the page without JavaScript.
 */

type Model = {
  timeframes: { id: string; label: string }[]
  signs: { id: string; label: string; level: string; offeredWith?: string[] }[]
  modifiers: { id: string; label: string }[]
  combinations: { id: string; level: string; signs: string[] }[]
  timeRules: { id: string; sign: string; level: string }[]
  actions: { id: string; title: string }[]
}
type Scenario = { id: string; timeframe?: string; signs: string[]; modifiers: string[]; expect: { level: string; action: string } }

const model = JSON.parse(fs.readFileSync('content/triage/model.json', 'utf8')) as Model
const scenarios = JSON.parse(fs.readFileSync('lib/triage/scenarios.json', 'utf8')) as Scenario[]
const PATH = '/is-this-normal/'

const label = (list: { id: string; label: string }[], id: string) => list.find((item) => item.id === id)!.label
const signLabel = (id: string) => label(model.signs, id)
const result = (page: Page) => page.locator('#symptom-guide-result')
const checkbox = (page: Page, name: string) => page.getByRole('checkbox', { name, exact: true })
/** A sign the model offers only with a modifier the scenario did not choose: the page does not offer it. */
const notOffered = (scenario: Scenario) =>
  scenario.signs.filter((id) =>
    model.signs.find((sign) => sign.id === id)?.offeredWith?.every((modifier) => !scenario.modifiers.includes(modifier)),
  )

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()
  expect(
    results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`),
  ).toEqual([])
}

async function enter(page: Page, scenario: Pick<Scenario, 'timeframe' | 'signs' | 'modifiers'>) {
  await page
    .getByRole('radio', { name: scenario.timeframe ? label(model.timeframes, scenario.timeframe) : 'I am not sure', exact: true })
    .check()
  // Modifiers first: they offer the signs kept for them.
  for (const id of scenario.modifiers) await checkbox(page, label(model.modifiers, id)).check()
  for (const id of scenario.signs) await checkbox(page, signLabel(id)).check()
}

/**
 * The same scenarios through each edition's guide: the Spanish page must give exactly the level and action the
 * English one gives, entered with the Spanish labels (from the model's Spanish overlay) and checked against the
 * Spanish heading and announcement.
 */
const spanishStrings = dataTranslationSchema.parse(JSON.parse(fs.readFileSync('content/es/triage/model.json', 'utf8'))).strings
const EDITIONS = [
  {
    locale: 'en' as const,
    path: PATH,
    label: (kind: string, id: string, field = 'label') => {
      const list = (model as unknown as Record<string, { id: string; [key: string]: unknown }[]>)[kind]!
      return String(list.find((item) => item.id === id)![field])
    },
  },
  {
    locale: 'es' as const,
    path: `/es${PATH}`,
    label: (kind: string, id: string, field = 'label') => {
      const text = spanishStrings[`${kind}.${id}.${field}`]
      if (!text) throw new Error(`content/es/triage/model.json has no "${kind}.${id}.${field}"`)
      return text
    },
  },
]

for (const edition of EDITIONS) {
  const guide = symptomGuideMessages[edition.locale]
  const care = mdxMessages[edition.locale]
  test(`${edition.path}: gives every clinical scenario's level and action (${scenarios.length} scenarios, one page)`, async ({ page }) => {
    test.setTimeout(120_000)
    await page.goto(edition.path)
    const failures: string[] = []
    for (const scenario of scenarios) {
      await page.getByRole('button', { name: guide.startAgain }).click()
      await expect(result(page)).toHaveAttribute('data-level', 'none')
      const hidden = notOffered(scenario)
      if (hidden.length > 0) {
        // The model offers these signs only with the modifier (offeredWith): a reader cannot tick them without it.
        for (const id of hidden) await expect(checkbox(page, edition.label('signs', id))).toHaveCount(0)
        continue
      }
      await page
        .getByRole('radio', {
          name: scenario.timeframe ? edition.label('timeframes', scenario.timeframe) : guide.notSureOption,
          exact: true,
        })
        .check()
      for (const id of scenario.modifiers) await checkbox(page, edition.label('modifiers', id)).check()
      for (const id of scenario.signs) await checkbox(page, edition.label('signs', id)).check()
      const shown = {
        level: await result(page).getAttribute('data-level'),
        action: await result(page).getAttribute('data-action'),
        heading: (await result(page).locator('.care-card h3').first().textContent())?.trim(),
        status: (await page.getByRole('status').textContent())?.trim(),
      }
      const title = edition.label('actions', scenario.expect.action, 'title')
      const level = scenario.expect.level as 'emergency' | 'urgent' | 'routine'
      const expected = {
        level: scenario.expect.level,
        action: scenario.expect.action,
        heading: `${care[`${level}Spoken`]} ${title}`,
        status: format(guide.announcement, { level: care[`${level}Label`], action: title }),
      }
      if (JSON.stringify(shown) !== JSON.stringify(expected))
        failures.push(`${scenario.id}: ${JSON.stringify(shown)} ≠ ${JSON.stringify(expected)}`)
    }
    expect(failures).toEqual([])
  })
}

test.describe('symptom guide', () => {
  test('double vision with a drooping eyelid: an emergency, with no lower-level advice beside it, and a summary to print or copy', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    await page.goto(PATH)
    await enter(page, { timeframe: '4-14-days', signs: ['bruising', 'drooping-eyelid'], modifiers: [] })
    await expect(result(page)).toHaveAttribute('data-level', 'routine')
    await checkbox(page, signLabel('double-vision')).check()
    await expect(result(page)).toHaveAttribute('data-level', 'emergency')
    await expect(result(page).locator('[data-part="reasons"]')).toContainText('Double or blurred vision together with a drooping eyelid')
    await expect(result(page).locator('[data-part="also-noted"]')).toHaveText(/Bruising where the needle went in/)
    await expect(result(page).locator('.care-card')).not.toContainText('Get in touch today')
    await expect(result(page).locator('.care-card')).toContainText('In the UK, call 999 or go to A&E now.')
    await expectNoAxeViolations(page)

    const summary = page.locator('.guide-summary')
    await expect(summary.getByRole('heading', { name: 'Show this to a nurse or doctor' })).toBeVisible()
    await expect(summary).toContainText('When was the treatment: 4 to 14 days ago')
    await expect(summary).toContainText('Level: Emergency')
    await summary.getByRole('button', { name: 'Copy as text' }).click()
    await expect(page.getByRole('status')).toHaveText(/Summary copied/)
    const copied = await page.evaluate(() => navigator.clipboard.readText())
    expect(copied).toContain('Signs ticked:\n- Bruising where the needle went in\n- A drooping upper eyelid\n- Double or blurred vision')
    expect(copied).toMatch(/^Made: .*\d/m)

    // On paper: the summary alone.
    await page.emulateMedia({ media: 'print' })
    await expect(summary).toBeVisible()
    await expect(page.getByRole('heading', { level: 1 })).toBeHidden()
    await expect(page.getByRole('banner')).toBeHidden()
    await expect(page.locator('#all-symptoms')).toBeHidden()
    await expect(summary.getByRole('button', { name: 'Copy as text' })).toBeHidden()
    await page.emulateMedia({ media: 'screen' })
  })

  test('is reached from the "Get urgent help" link in the header', async ({ page }) => {
    await page.goto('/articles/')
    await page.getByRole('banner').getByRole('link', { name: 'Get urgent help' }).click()
    await page.getByRole('main').getByRole('link', { name: 'symptom guide' }).click()
    await expect(page).toHaveURL(/\/is-this-normal\/$/)
  })

  test('nothing the reader chooses is sent or stored', async ({ page, context }) => {
    await page.goto(PATH)
    await page.waitForLoadState('networkidle')
    const requests = await recordRequests(page)
    await enter(page, {
      timeframe: 'over-4-weeks',
      signs: model.signs.map((sign) => sign.id),
      modifiers: model.modifiers.map((modifier) => modifier.id),
    })
    await expect(result(page)).toHaveAttribute('data-level', 'emergency')
    await page.getByRole('button', { name: 'Start again' }).click()
    await page.waitForTimeout(300)
    expect(requests).toEqual([])
    expect(await context.cookies()).toEqual([])
    expect(await page.evaluate(() => [localStorage.length, sessionStorage.length])).toEqual([0, 0])
  })

  test('works with the keyboard alone, with a visible focus', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 })
    await page.goto(PATH)
    const focused = () =>
      page.evaluate(() => {
        const element = document.activeElement as HTMLInputElement | null
        const style = element ? getComputedStyle(element) : null
        return {
          name: element?.name ?? '',
          value: element?.value ?? '',
          outline: style ? `${style.outlineStyle} ${style.outlineWidth}` : '',
        }
      })
    for (let presses = 0; presses < 40 && (await focused()).name !== 'timeframe'; presses++) await page.keyboard.press('Tab')
    expect((await focused()).name).toBe('timeframe')
    expect((await focused()).outline).not.toMatch(/^none|0px$/)
    await page.keyboard.press('Space')
    await expect(page.getByRole('radio', { name: 'Today' })).toBeChecked()
    await page.keyboard.press('ArrowRight')
    await expect(page.getByRole('radio', { name: '1 to 3 days ago' })).toBeChecked()
    await page.keyboard.press('Tab')
    expect((await focused()).name).toBe('modifier')
    await page.keyboard.press('Tab')
    expect(await focused()).toMatchObject({ name: 'sign', value: 'trouble-breathing' })
    await page.keyboard.press('Space')
    await expect(result(page)).toHaveAttribute('data-level', 'emergency')
    await expect(page.getByRole('status')).toHaveText('Emergency: Call 911 (US), 999 (UK) or 112 (EU) now')
    const onStartAgain = () => page.evaluate(() => document.activeElement?.textContent?.trim() === 'Start again')
    for (let presses = 0; presses < 80 && !(await onStartAgain()); presses++) await page.keyboard.press('Tab')
    await expect(page.getByRole('button', { name: 'Start again' })).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(result(page)).toHaveAttribute('data-level', 'none')
    // Nothing is wider than the screen at 320px.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320)
  })

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false })
    test("shows every sign, combination, time rule and the modifier's rule by level, and hides the form that needs a script", async ({
      page,
    }) => {
      await page.goto(PATH)
      await expect(page.getByRole('heading', { name: 'Check what you notice' })).toBeHidden()
      const cards = page.locator('#all-symptoms ~ .care-card')
      await expect(cards).toHaveCount(3)
      expect(await cards.evaluateAll((list) => list.map((card) => card.getAttribute('data-level')))).toEqual([
        'emergency',
        'urgent',
        'routine',
      ])
      for (const sign of model.signs.filter((item) => !item.offeredWith)) {
        const item = page.locator(
          `.care-card[data-level="${sign.level}"] li[data-signs="${sign.id}"][data-level="${sign.level}"]:not([data-time-rule]):not([data-modifier])`,
        )
        await expect(item, sign.id).toBeVisible()
        await expect(item).toContainText(sign.label)
      }
      for (const combination of model.combinations) {
        const item = page.locator(`.care-card[data-level="${combination.level}"] li[data-combination="${combination.id}"]`)
        await expect(item, combination.id).toBeVisible()
        await expect(item).toHaveAttribute('data-signs', combination.id)
      }
      await expect(
        page.locator('.care-card[data-level="emergency"] li[data-combination="double-vision-with-drooping-eyelid"]'),
      ).toContainText('Double or blurred vision together with a drooping eyelid')
      for (const rule of model.timeRules) {
        await expect(page.locator(`.care-card[data-level="${rule.level}"] li[data-time-rule="${rule.id}"]`), rule.id).toHaveAttribute(
          'data-signs',
          rule.sign,
        )
      }
      for (const modifier of model.modifiers) {
        await expect(page.locator(`[data-modifier="${modifier.id}"]`).first()).toContainText(modifier.label)
      }
      await expect(page.locator('li[data-modifier="outside-clinic"][data-signs="dry-mouth"]')).toHaveAttribute('data-level', 'urgent')
    })
  })
})
