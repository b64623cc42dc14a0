import { LOCALE_SETTINGS, type Locale } from './locales'

const dateFormatters = new Map<Locale, Intl.DateTimeFormat>()

/**
 * A date as each edition writes it, "24 November 2026" or "24 de noviembre de 2026", in UTC so the build
 * machine's zone never shifts a day.
 */
export function formatDate(iso: string, locale: Locale = 'en'): string {
  let formatter = dateFormatters.get(locale)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(LOCALE_SETTINGS[locale].intl, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
    dateFormatters.set(locale, formatter)
  }
  return formatter.format(new Date(`${iso.slice(0, 10)}T00:00:00Z`))
}

/** A number as each edition writes it: 2.4 and 1,359 in English, 2,4 and 1359 in Spanish. */
export function formatNumber(value: number, locale: Locale = 'en', options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(LOCALE_SETTINGS[locale].intl, options).format(value)
}
