import { ReviewChanges } from './ReviewChanges'

const latest = {
  date: '2026-11-30',
  changes: ['Antibody figures corrected: far fewer people found later treatments worked less well.', 'The UK reporting route added.'],
}
const earlier = { date: '2026-06-01', changes: ['A broken link to the NHS page fixed.'] }

export const examples = {
  oneReview: <ReviewChanges changes={[latest]} lastReviewed="2026-11-30" />,
  withEarlierReviews: <ReviewChanges changes={[latest, earlier]} lastReviewed="2026-11-30" />,
}
