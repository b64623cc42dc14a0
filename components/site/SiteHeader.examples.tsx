import { exampleAuthor } from '@/tests/fixtures/author'
import { SiteHeader } from './SiteHeader'
import { SkipLink } from './SkipLink'

export const examples = {
  header: (
    <>
      <SkipLink locale="en" />
      <SiteHeader locale="en" leadAuthor={exampleAuthor} />
      <main id="main-content" tabIndex={-1}>
        <h1>Page</h1>
      </main>
    </>
  ),
  /** A page with a Spanish twin: the header offers it, in Spanish. */
  headerWithTwin: <SiteHeader locale="en" leadAuthor={exampleAuthor} alternatePath="/es/urgent-help/" />,
  headerEs: (
    <div lang="es">
      <SkipLink locale="es" />
      <SiteHeader locale="es" leadAuthor={exampleAuthor} alternatePath="/urgent-help/" />
      <main id="main-content" tabIndex={-1}>
        <h1>Página</h1>
      </main>
    </div>
  ),
}
