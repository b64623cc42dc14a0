import { AuthorProfile } from './AuthorProfile'
import { exampleAuthor } from '@/tests/fixtures/author'

export const examples = {
  withArticles: (
    <AuthorProfile
      author={{
        ...exampleAuthor,
        specialties: ['Botox treatments', 'Cosmetic dermatology'],
        professionalBodies: {
          summary: 'Takes part in professional bodies.',
          memberships: [{ name: 'A dermatology society', url: 'https://society.example/' }],
        },
        registrations: [{ register: 'A medical register', number: '1234567', url: 'https://register.example/1234567' }],
      }}
      articles={[
        {
          slug: 'common-side-effects',
          title: 'Common side effects of Botox',
          description: 'What is common.',
          url: '/articles/common-side-effects/',
          roles: ['Written', 'Reviewed'],
        },
      ]}
    />
  ),
  withoutArticles: <AuthorProfile author={exampleAuthor} articles={[]} />,
}
