import { RelatedArticles } from './RelatedArticles'

export const examples = {
  english: (
    <RelatedArticles
      articles={[
        {
          slug: 'drooping-eyelid',
          title: 'Drooping eyelid after Botox',
          description: 'Why it happens and how long it lasts.',
          url: '/articles/drooping-eyelid/',
          readingTime: 5,
        },
      ]}
      locale="en"
    />
  ),
  spanish: (
    <RelatedArticles
      articles={[
        {
          slug: 'drooping-eyelid',
          title: 'Párpado caído después del Botox',
          description: 'Por qué pasa y cuánto dura.',
          url: '/es/articles/drooping-eyelid/',
          readingTime: 5,
        },
      ]}
      locale="es"
    />
  ),
}
