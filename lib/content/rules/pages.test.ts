import { describe, it } from 'vitest'
import { validInput } from '@/tests/fixtures/content-input'
import { expectSingleIssue } from '@/tests/fixtures/expect-issue'
import { pageRules } from './pages'

describe('pages', () => {
  it('rejects a page with a description over 160 characters', () => {
    const input = validInput()
    input.pages[0]!.fields.description = 'y'.repeat(161)
    expectSingleIssue(input, pageRules, 'content/pages/about.mdx', 'description', /at most 160/)
  })
  it('rejects a page last updated in the future', () => {
    const input = validInput()
    input.pages[0]!.fields.lastUpdated = '2026-06-02'
    expectSingleIssue(input, pageRules, 'content/pages/about.mdx', 'lastUpdated', /\(2026-06-02\) is in the future/)
  })
})
