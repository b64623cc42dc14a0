import { ShareBar } from './ShareBar'

export const examples = {
  article: <ShareBar canonicalUrl="https://example.org/articles/common-side-effects/" title="Common side effects of Botox" locale="en" />,
  articleSpanish: (
    <ShareBar
      canonicalUrl="https://example.org/es/articles/common-side-effects/"
      title="Efectos secundarios frecuentes del Botox"
      locale="es"
    />
  ),
}
