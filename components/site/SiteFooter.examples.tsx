import { exampleAuthor } from '@/tests/fixtures/author'
import { SiteFooter } from './SiteFooter'

export const examples = {
  footer: <SiteFooter leadAuthor={exampleAuthor} />,
}
