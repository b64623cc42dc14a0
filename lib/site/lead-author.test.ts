import { describe, expect, it } from 'vitest'
import { exampleAuthor } from '@/tests/fixtures/author'
import { DESCRIPTION_MAX } from '@/lib/content/schemas/frontmatter'
import { getLeadAuthor, siteDescription } from './lead-author'
import { displayName } from './people'
import { siteConfig } from './site-config'

describe('the person behind the site', () => {
  it('is the profile siteConfig.leadAuthorId names', () => {
    expect(getLeadAuthor().id).toBe(siteConfig.leadAuthorId)
  })

  it('gives the site a description naming them with their title, within the length limit', () => {
    const lead = getLeadAuthor()
    const description = siteDescription()
    expect(description).toContain(`${lead.jobTitle.toLowerCase()} ${displayName(lead)}`)
    expect(description.length).toBeLessThanOrEqual(DESCRIPTION_MAX)
  })

  it('refuses a description too long for search results', () => {
    expect(() => siteDescription({ ...exampleAuthor, jobTitle: 'x'.repeat(DESCRIPTION_MAX) })).toThrow(/at most 160/)
  })
})
