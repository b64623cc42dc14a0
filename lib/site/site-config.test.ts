import { spawnSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { parseSiteConfig, PLACEHOLDER_EDITORIAL_EMAIL, siteConfig, siteConfigInput } from './site-config'

const withField = (patch: Record<string, unknown>) => ({ ...siteConfigInput, ...patch })
const problem = (input: unknown) => {
  try {
    parseSiteConfig(input)
  } catch (error) {
    return (error as Error).message
  }
  throw new Error('the config was accepted')
}

describe('the site config', () => {
  it('accepts the config as written', () => {
    expect(siteConfig.editorialEmail).toMatch(/^[^@\s]+@[^@\s]+\.[a-z]+$/)
    expect(siteConfig.publisher.name).toBe(siteConfig.name)
    expect(siteConfig.competingInterests.length).toBeGreaterThan(0)
  })

  it('names the file, the field, the variable that set it and the reason for a malformed editorial address', () => {
    expect(problem(withField({ editorialEmail: 'editor at example.org' }))).toBe(
      'lib/site/site-config.ts › editorialEmail (set by EDITORIAL_EMAIL): must be an email address such as editor@example.org',
    )
  })

  it('refuses a missing editorial address, publisher or competing-interests statement', () => {
    expect(problem(withField({ editorialEmail: undefined }))).toMatch(
      /^lib\/site\/site-config\.ts › editorialEmail \(set by EDITORIAL_EMAIL\): /,
    )
    expect(problem(withField({ publisher: undefined }))).toMatch(/^lib\/site\/site-config\.ts › publisher: /)
    expect(problem(withField({ competingInterests: undefined }))).toMatch(/^lib\/site\/site-config\.ts › competingInterests: /)
  })

  it('refuses empty publisher and competing-interests text, naming the exact field', () => {
    expect(problem(withField({ publisher: { ...siteConfigInput.publisher, funding: '  ' } }))).toBe(
      'lib/site/site-config.ts › publisher.funding: must not be empty',
    )
    expect(problem(withField({ competingInterests: [] }))).toBe(
      'lib/site/site-config.ts › competingInterests: must say at least one thing (say so if there are none)',
    )
    expect(problem(withField({ competingInterests: ['A statement.', ''] }))).toBe(
      'lib/site/site-config.ts › competingInterests.1: must not be empty',
    )
  })

  it('lets the placeholder address through on this machine but never into a public build', () => {
    expect(parseSiteConfig(withField({ url: 'http://127.0.0.1:3000', editorialEmail: PLACEHOLDER_EDITORIAL_EMAIL })).editorialEmail).toBe(
      PLACEHOLDER_EDITORIAL_EMAIL,
    )
    expect(problem(withField({ url: 'https://botox-risks.org', editorialEmail: PLACEHOLDER_EDITORIAL_EMAIL }))).toBe(
      `lib/site/site-config.ts › editorialEmail (set by EDITORIAL_EMAIL): is the placeholder ${PLACEHOLDER_EDITORIAL_EMAIL}, which reaches nobody; a site built for botox-risks.org needs EDITORIAL_EMAIL set`,
    )
    expect(parseSiteConfig(withField({ url: 'https://botox-risks.org', editorialEmail: 'editor@botox-risks.org' })).url).toBe(
      'https://botox-risks.org',
    )
  })

  it('stops the content check, which the build runs first, when EDITORIAL_EMAIL is malformed', () => {
    const run = spawnSync('npx', ['tsx', 'scripts/check/validate-content.ts'], {
      encoding: 'utf8',
      env: { ...process.env, EDITORIAL_EMAIL: 'not-an-address' },
    })
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('lib/site/site-config.ts › editorialEmail (set by EDITORIAL_EMAIL): must be an email address')
    expect(run.stderr).not.toMatch(/^\s+at /m)
  }, 30_000)
})
