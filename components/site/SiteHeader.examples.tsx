import { SiteHeader } from './SiteHeader'
import { SkipLink } from './SkipLink'

export const examples = {
  header: (
    <>
      <SkipLink />
      <SiteHeader />
      <main id="main-content" tabIndex={-1}>
        <h1>Page</h1>
      </main>
    </>
  ),
}
