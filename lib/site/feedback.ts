import { DEFAULT_LOCALE, localeOfPath, type Locale } from '@/lib/i18n/locales'
import { format } from '@/lib/i18n/messages'
import { feedbackMessages } from './feedback-messages'
import { absoluteUrl, siteConfig } from './site-config'

/**
 * What a reader needs to point at one page: the title they see and its path on this site. The 404 page has no path
 * of its own (it answers any address), so the reader is asked to paste the one they tried.
 */
export type PageRef = { title: string; path: string | null }

/** The prefilled subject's first words in an edition, so the editor can sort reports from other mail at a glance. */
export const reportSubjectPrefix = (locale: Locale): string => feedbackMessages[locale].subjectPrefix

/** The body's address line when the page cannot know its own address, in an edition. */
export const unknownAddress = (locale: Locale): string => feedbackMessages[locale].unknownAddress

/** The body's line that gives the page's address, in an edition. */
export const reportAddressLine = (locale: Locale, address: string): string => format(feedbackMessages[locale].addressLine, { address })

/** The English edition's values (the source edition; tests/e2e/trust.spec.ts looks for them on the English 404 page). */
export const UNKNOWN_ADDRESS = unknownAddress('en')
export const REPORT_SUBJECT_PREFIX = reportSubjectPrefix('en')

/** The edition a page belongs to, from its path; the 404 page, which has none, is taken as English. */
const editionOf = (page: PageRef): Locale => (page.path === null ? DEFAULT_LOCALE : localeOfPath(page.path))

/**
 * A mailto: link to the editorial address with the page's title and full address already written in, so a reader
 * or a clinic can point at the exact page. A link rather than a form: nothing is sent unless the reader sends it
 * from their own email, and the page needs no script.
 * The subject and body are in `locale`'s language (by default the edition of `page.path`); ReportProblem passes
 * its own locale, which is the only way a page without a path (a 404 page) gets its edition's words.
 * RFC 6068: every reserved character is percent-encoded and line breaks are CRLF.
 */
export function reportProblemHref(page: PageRef, address: string = siteConfig.editorialEmail, locale: Locale = editionOf(page)): string {
  const t = feedbackMessages[locale]
  const subject = `${t.subjectPrefix} ${page.title}`
  const pageAddress = page.path === null ? t.unknownAddress : absoluteUrl(page.path)
  const body = [format(t.pageLine, { title: page.title }), reportAddressLine(locale, pageAddress), '', t.question, '', ''].join('\r\n')
  return `mailto:${address}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`
}
