import { exampleAuthor } from '@/tests/fixtures/author'
import { SiteFooter } from './SiteFooter'

export const examples = {
  footer: <SiteFooter locale="en" leadAuthor={exampleAuthor} />,
  footerEs: (
    <div lang="es">
      <SiteFooter locale="es" leadAuthor={exampleAuthor} />
    </div>
  ),
}
