import { getAuthor } from '@/lib/content/accessors'
import type { Author } from '@/lib/content/schemas/author'
import { DESCRIPTION_MAX } from '@/lib/content/schemas/frontmatter'
import { displayName } from './people'
import { siteConfig } from './site-config'

/**
 * The person who writes and medically reviews the site, named once in siteConfig.leadAuthorId.
 * Name, title and credentials come from their profile in content/authors/, never from code.
 * Kept apart from people.ts because it reads the content, which components' tests should not need.
 */
export function getLeadAuthor(): Author {
  const author = getAuthor(siteConfig.leadAuthorId)
  if (!author) throw new Error(`lib/site/site-config.ts › leadAuthorId: "${siteConfig.leadAuthorId}" has no profile in content/authors/`)
  return author
}

/** The site's meta description, held to the same length limit as an article's. */
export function siteDescription(lead: Author = getLeadAuthor()): string {
  const description = `Clear, sourced answers about the risks of Botox, written and medically reviewed by ${lead.jobTitle.toLowerCase()} ${displayName(lead)}.`
  if (description.length > DESCRIPTION_MAX)
    throw new Error(`lib/site/lead-author.ts › siteDescription: ${description.length} characters, at most ${DESCRIPTION_MAX}`)
  return description
}
