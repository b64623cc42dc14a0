import { ReviewChanges } from './ReviewChanges'

const latest = {
  date: '2026-11-30',
  changes: ['Antibody figures corrected: far fewer people found later treatments worked less well.', 'The UK reporting route added.'],
}
const earlier = { date: '2026-06-01', changes: ['A broken link to the NHS page fixed.'] }

const latestSpanish = {
  date: '2026-11-30',
  changes: [
    'Corregimos las cifras de anticuerpos: a muchas menos personas les funcionaron peor los tratamientos siguientes.',
    'Añadimos cómo informar de un efecto en el Reino Unido.',
  ],
}
const earlierSpanish = { date: '2026-06-01', changes: ['Arreglamos un enlace roto a la página del NHS.'] }

export const examples = {
  oneReview: <ReviewChanges changes={[latest]} lastReviewed="2026-11-30" locale="en" />,
  withEarlierReviews: <ReviewChanges changes={[latest, earlier]} lastReviewed="2026-11-30" locale="en" />,
  oneReviewSpanish: <ReviewChanges changes={[latestSpanish]} lastReviewed="2026-11-30" locale="es" />,
  withEarlierReviewsSpanish: <ReviewChanges changes={[latestSpanish, earlierSpanish]} lastReviewed="2026-11-30" locale="es" />,
}
