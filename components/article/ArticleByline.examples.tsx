import { exampleAuthor } from '@/tests/fixtures/author'
import { ArticleByline } from './ArticleByline'

export const examples = {
  sameAuthorAndReviewer: <ArticleByline author={exampleAuthor} reviewer={exampleAuthor} readingTime={6} lastReviewed="2026-11-30" />,
  differentReviewer: (
    <ArticleByline
      author={{ ...exampleAuthor, id: 'ann-writer', name: 'Ann Writer', honorificPrefix: undefined }}
      reviewer={exampleAuthor}
      readingTime={4}
      lastReviewed="2026-11-30"
    />
  ),
}
