/** Dates are shown the same way everywhere: "24 November 2026", in UTC so the build machine's zone never shifts a day. */
const formatter = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })

export function formatDate(iso: string): string {
  return formatter.format(new Date(`${iso.slice(0, 10)}T00:00:00Z`))
}

/** The machine-readable form for <time dateTime>. */
export function isoDay(iso: string): string {
  return iso.slice(0, 10)
}
