import { exampleAuthor } from '@/tests/fixtures/author'
import { ArticleByline } from './ArticleByline'

const annWriter = { ...exampleAuthor, id: 'ann-writer', name: 'Ann Writer', honorificPrefix: undefined }

export const examples = {
  sameAuthorAndReviewer: (
    <ArticleByline author={exampleAuthor} reviewer={exampleAuthor} readingTime={6} lastReviewed="2026-11-30" locale="en" />
  ),
  differentReviewer: <ArticleByline author={annWriter} reviewer={exampleAuthor} readingTime={4} lastReviewed="2026-11-30" locale="en" />,
  sameAuthorAndReviewerSpanish: (
    <ArticleByline author={exampleAuthor} reviewer={exampleAuthor} readingTime={6} lastReviewed="2026-11-30" locale="es" />
  ),
  differentReviewerSpanish: (
    <ArticleByline author={annWriter} reviewer={exampleAuthor} readingTime={4} lastReviewed="2026-11-30" locale="es" />
  ),
}
