import type { Author } from '@/lib/content/schemas/author'
import { exampleAuthor } from '@/tests/fixtures/author'
import { AuthorProfile } from './AuthorProfile'

const fullAuthor: Author = {
  ...exampleAuthor,
  specialties: ['Botox treatments', 'Cosmetic dermatology'],
  professionalBodies: {
    summary: 'Takes part in professional bodies.',
    memberships: [{ name: 'A dermatology society', url: 'https://society.example/' }],
  },
  registrations: [{ register: 'A medical register', number: '1234567', url: 'https://register.example/1234567' }],
}

export const examples = {
  withArticles: (
    <AuthorProfile
      author={fullAuthor}
      articles={[
        {
          slug: 'common-side-effects',
          title: 'Common side effects of Botox',
          description: 'What is common.',
          url: '/articles/common-side-effects/',
          roles: ['Written', 'Reviewed'],
        },
      ]}
      locale="en"
    />
  ),
  withoutArticles: <AuthorProfile author={exampleAuthor} articles={[]} locale="en" />,
  withArticlesSpanish: (
    <AuthorProfile
      author={fullAuthor}
      articles={[
        {
          slug: 'common-side-effects',
          title: 'Efectos secundarios frecuentes del Botox',
          description: 'Lo que es frecuente.',
          url: '/es/articles/common-side-effects/',
          roles: ['Written', 'Reviewed'],
        },
        {
          slug: 'drooping-eyelid',
          title: 'Párpado caído después del Botox',
          description: 'Por qué pasa y cuánto dura.',
          url: '/es/articles/drooping-eyelid/',
          roles: ['Reviewed'],
        },
      ]}
      locale="es"
    />
  ),
  withoutArticlesSpanish: <AuthorProfile author={exampleAuthor} articles={[]} locale="es" />,
}
