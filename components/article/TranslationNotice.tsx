import { DEFAULT_LOCALE, type Locale } from '@/lib/i18n/locales'
import { format } from '@/lib/i18n/messages'
import { formatDate, isoDay } from '@/lib/site/dates'
import { formatRich } from '@/lib/i18n/rich-text'
import { articleMessages } from './messages'

/**
 * What a translated page says about where it comes from. Only facts the content holds: the English page, who
 * medically reviewed it and when; a translator and a translation reviewer appear only when the content names them
 * (we never invent people).
 */
export type TranslationFacts = {
  /** The English page's path, e.g. /articles/common-side-effects/. */
  sourcePath: string
  /** When the English text was last medically reviewed (ISO date). */
  sourceLastReviewed: string
  /** Who reviewed the English text, as shown ("Dr. Victor Beer"). */
  reviewerName: string
  /** When the translation was made (ISO date). */
  translatedAt: string
  translator?: string
  translationReviewer?: string
  /** When the translation reviewer checked it (ISO date). */
  translationReviewedAt?: string
}

const filled = (value: string | undefined): value is string => value !== undefined && value.trim() !== ''

/** A short, honest note near the byline of a translated page; nothing in the English edition. */
export function TranslationNotice({ translation, locale }: { translation?: TranslationFacts; locale: Locale }) {
  if (locale === DEFAULT_LOCALE || !translation) return null
  const t = articleMessages[locale]
  const date = (iso: string) => <time dateTime={isoDay(iso)}>{formatDate(iso, locale)}</time>
  const { translator, translationReviewer, translationReviewedAt } = translation
  return (
    <p
      className="mt-3 mb-0 rounded-md border border-line bg-paper-tint px-4 py-3 text-[0.95rem]"
      data-pagefind-ignore
      data-translation-notice
    >
      {formatRich(t.translationOf, {
        englishVersion: (
          <a href={translation.sourcePath} hrefLang="en" className="text-brand-dark underline">
            {t.translationEnglishVersion}
          </a>
        ),
        reviewerName: translation.reviewerName,
        date: date(translation.sourceLastReviewed),
      })}
      {filled(translator) ? ` ${format(t.translationTranslator, { translator: translator.trim() })}` : null}
      {filled(translationReviewer) ? (
        <>
          {' '}
          {filled(translationReviewedAt)
            ? formatRich(t.translationReviewerOn, { translationReviewer: translationReviewer.trim(), date: date(translationReviewedAt) })
            : format(t.translationReviewer, { translationReviewer: translationReviewer.trim() })}
        </>
      ) : null}
    </p>
  )
}
