import { ShareBar } from './ShareBar'

export const examples = {
  article: <ShareBar canonicalUrl="https://example.org/articles/common-side-effects/" title="Common side effects of Botox" />,
}
