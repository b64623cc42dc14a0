import { exampleAuthor } from '@/tests/fixtures/author'
import { SiteHeader } from './SiteHeader'
import { SkipLink } from './SkipLink'

export const examples = {
  header: (
    <>
      <SkipLink />
      <SiteHeader leadAuthor={exampleAuthor} />
      <main id="main-content" tabIndex={-1}>
        <h1>Page</h1>
      </main>
    </>
  ),
}
