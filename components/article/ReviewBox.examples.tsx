import { exampleAuthor } from '@/tests/fixtures/author'
import { ReviewBox } from './ReviewBox'

const annWriter = { ...exampleAuthor, id: 'ann-writer', name: 'Ann Writer', honorificPrefix: undefined }

export const examples = {
  sameAuthorAndReviewer: (
    <ReviewBox
      author={exampleAuthor}
      reviewer={exampleAuthor}
      publishedAt="2025-03-10"
      lastReviewed="2026-11-24"
      nextReviewDue="2027-11-24"
      locale="en"
    />
  ),
  differentAuthor: (
    <ReviewBox
      author={annWriter}
      reviewer={exampleAuthor}
      publishedAt="2025-03-10"
      lastReviewed="2026-01-05"
      nextReviewDue="2028-01-05"
      locale="en"
    />
  ),
  sameAuthorAndReviewerSpanish: (
    <ReviewBox
      author={exampleAuthor}
      reviewer={exampleAuthor}
      publishedAt="2025-03-10"
      lastReviewed="2026-11-24"
      nextReviewDue="2027-11-24"
      locale="es"
    />
  ),
  differentAuthorSpanish: (
    <ReviewBox
      author={annWriter}
      reviewer={exampleAuthor}
      publishedAt="2025-03-10"
      lastReviewed="2026-01-05"
      nextReviewDue="2028-01-05"
      locale="es"
    />
  ),
}
