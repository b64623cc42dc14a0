import { absoluteUrl, siteConfig } from './site-config'

/**
 * What a reader needs to point at one page: the title they see and its path on this site. The 404 page has no path
 * of its own (it answers any address), so the reader is asked to paste the one they tried.
 */
export type PageRef = { title: string; path: string | null }

/** The body's address line when the page cannot know its own address. */
export const UNKNOWN_ADDRESS = '(please paste the address you tried)'

/** The prefilled subject, so the editor can sort reports from other mail at a glance. */
export const REPORT_SUBJECT_PREFIX = 'Problem with a page:'

/**
 * A mailto: link to the editorial address with the page's title and full address already written in, so a reader
 * or a clinic can point at the exact page. A link rather than a form: nothing is sent unless the reader sends it
 * from their own email, and the page needs no script.
 * RFC 6068: every reserved character is percent-encoded and line breaks are CRLF.
 */
export function reportProblemHref(page: PageRef, address: string = siteConfig.editorialEmail): string {
  const subject = `${REPORT_SUBJECT_PREFIX} ${page.title}`
  const pageAddress = page.path === null ? UNKNOWN_ADDRESS : absoluteUrl(page.path)
  const body = [`Page: ${page.title}`, `Address: ${pageAddress}`, '', 'What is wrong or unclear:', '', ''].join('\r\n')
  return `mailto:${address}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`
}
