/** Dates are formatted per edition in lib/i18n/format.ts; this keeps the English-only callers' import path. */
export { formatDate } from '@/lib/i18n/format'

/** The machine-readable form for <time dateTime>. */
export function isoDay(iso: string): string {
  return iso.slice(0, 10)
}
