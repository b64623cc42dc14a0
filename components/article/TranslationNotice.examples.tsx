import { TranslationNotice, type TranslationFacts } from './TranslationNotice'

/** Only the facts every translation has: the English page, its medical reviewer and review date. */
export const exampleTranslation: TranslationFacts = {
  sourcePath: '/articles/common-side-effects/',
  sourceLastReviewed: '2026-11-30',
  reviewerName: 'Dr. Victor Beer',
  translatedAt: '2026-12-01',
}

/** A translation whose content names its translator and the person who checked it (example names, not real people). */
export const exampleCheckedTranslation: TranslationFacts = {
  ...exampleTranslation,
  translator: 'Ana Traductora',
  translationReviewer: 'Dra. Elena Revisora',
  translationReviewedAt: '2026-12-03',
}

export const examples = {
  spanish: <TranslationNotice translation={exampleTranslation} locale="es" />,
  spanishWithTranslatorAndReviewer: <TranslationNotice translation={exampleCheckedTranslation} locale="es" />,
}
