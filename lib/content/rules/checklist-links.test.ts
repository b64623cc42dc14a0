import { describe, expect, it } from 'vitest'
import { validInput } from '@/tests/fixtures/content-input'
import { check, expectSingleIssue } from '@/tests/fixtures/expect-issue'
import { checklistLinkRules } from './checklist-links'

const CHECKLIST = 'content/tools/consultation-checklist.json'

const withLink = (link: string) => {
  const input = validInput()
  ;(input.data.consultationChecklist.data as { sections: { items: { link: string }[] }[] }).sections[0]!.items[0]!.link = link
  return input
}

describe('consultation checklist links', () => {
  it('accept a link to a page without a section', () => {
    expect(check(withLink('/about/'))).toEqual([])
  })
  it('reject a link to a page that does not exist', () => {
    expectSingleIssue(withLink('/articles/nowhere/'), checklistLinkRules, CHECKLIST, 'sections.0.items.0.link', /no article or page is at \/articles\/nowhere\//)
  })
  it('reject a link to a section that does not exist', () => {
    expectSingleIssue(
      withLink('/articles/first/#no-such-heading'),
      checklistLinkRules,
      CHECKLIST,
      'sections.0.items.0.link',
      /content\/articles\/first.mdx has no section with the id "no-such-heading"/,
    )
  })
})
