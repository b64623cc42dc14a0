import type { CorrectionEntry } from '@/lib/content/corrections'
import { formatDate } from '@/lib/i18n/format'
import type { Locale } from '@/lib/i18n/locales'
import { isoDay } from '@/lib/site/dates'
import { siteMessages } from './messages'

/** Entries that share a review day, in the order given (newest day first). */
function byDay(entries: readonly CorrectionEntry[]): { date: string; entries: CorrectionEntry[] }[] {
  const days: { date: string; entries: CorrectionEntry[] }[] = []
  for (const entry of entries) {
    const day = days.at(-1)
    if (day?.date === entry.date) day.entries.push(entry)
    else days.push({ date: entry.date, entries: [entry] })
  }
  return days
}

/**
 * The public record of what each review changed, newest day first, each change under the article it changed.
 * Every entry has an anchor, which the Atom feed's entry ids point at. `entries` are the edition's own (their titles,
 * changes and addresses in its language, as contentlayer gives each edition's articles); days are written its way.
 */
export function CorrectionsLog({ entries, locale }: { entries: readonly CorrectionEntry[]; locale: Locale }) {
  if (entries.length === 0) return <p className="mt-6">{siteMessages[locale].correctionsNone}</p>
  return (
    <div className="mt-6">
      {byDay(entries).map((day) => (
        <section key={day.date} aria-labelledby={`day-${day.date}`} className="mt-8">
          <h2 id={`day-${day.date}`} className="text-2xl font-bold">
            <time dateTime={isoDay(day.date)}>{formatDate(day.date, locale)}</time>
          </h2>
          {day.entries.map((entry) => (
            <div key={entry.id} id={entry.id} className="mt-4 rounded-md border border-line p-4">
              <h3 className="m-0 text-lg font-bold">
                <a href={entry.url} className="text-brand-dark underline">
                  {entry.title}
                </a>
              </h3>
              <ul className="mt-2 mb-0 list-disc pl-6">
                {entry.changes.map((change) => (
                  <li key={change}>{change}</li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </div>
  )
}
