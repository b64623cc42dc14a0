import type { Locale } from '@/lib/i18n/locales'
import { articleMessages } from './messages'

export function KeyPoints({ points, locale }: { points: readonly string[]; locale: Locale }) {
  return (
    <section aria-labelledby="key-points" className="my-6 rounded-md border-2 border-brand bg-brand-light px-5 py-4">
      <h2 id="key-points" className="m-0 text-xl font-bold text-brand-dark">
        {articleMessages[locale].keyPointsHeading}
      </h2>
      <ul className="mt-3 list-disc space-y-2 pl-6">
        {points.map((point) => (
          <li key={point}>{point}</li>
        ))}
      </ul>
    </section>
  )
}
