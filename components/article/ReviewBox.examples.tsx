import { exampleAuthor } from '@/tests/fixtures/author'
import { ReviewBox } from './ReviewBox'

export const examples = {
  sameAuthorAndReviewer: (
    <ReviewBox
      author={exampleAuthor}
      reviewer={exampleAuthor}
      publishedAt="2025-03-10"
      lastReviewed="2026-11-24"
      nextReviewDue="2027-11-24"
    />
  ),
  differentAuthor: (
    <ReviewBox
      author={{ ...exampleAuthor, id: 'ann-writer', name: 'Ann Writer', honorificPrefix: undefined }}
      reviewer={exampleAuthor}
      publishedAt="2025-03-10"
      lastReviewed="2026-01-05"
      nextReviewDue="2028-01-05"
    />
  ),
}
