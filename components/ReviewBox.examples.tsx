import type { Author } from '@/lib/schemas'
import { ReviewBox } from './ReviewBox'

export const exampleAuthor: Author = {
  id: 'victor-beer',
  name: 'Victor Beer',
  honorificPrefix: 'Dr.',
  jobTitle: 'Dermatologist',
  credentials: ['Dermatologist'],
  specialties: ['Botox treatments'],
  experience: 'More than 10 years.',
  professionalBodies: { summary: 'Member of professional bodies.', memberships: [] },
  bio: ['A dermatologist.'],
  sameAs: [],
}

export const examples = {
  sameAuthorAndReviewer: <ReviewBox author={exampleAuthor} reviewer={exampleAuthor} lastReviewed="2026-11-24" nextReviewDue="2027-11-24" />,
  differentAuthor: (
    <ReviewBox author={{ ...exampleAuthor, id: 'ann-writer', name: 'Ann Writer', honorificPrefix: undefined }} reviewer={exampleAuthor} lastReviewed="2026-01-05" nextReviewDue="2028-01-05" />
  ),
}
