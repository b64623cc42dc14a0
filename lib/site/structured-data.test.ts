import { describe, expect, it } from 'vitest'
import { exampleAuthor } from '@/tests/fixtures/author'
import { medicalWebPageJsonLd, personJsonLd } from './structured-data'

const article = (url: string) => ({ title: 'T', description: 'D', url, lastReviewed: '2026-11-30', publishedAt: '2025-03-10' })

describe('the article’s people in JSON-LD', () => {
  it('gives the job title in the page’s language', () => {
    const english = medicalWebPageJsonLd(article('/articles/a/'), exampleAuthor, exampleAuthor, [], [], 'a')
    const spanish = medicalWebPageJsonLd(article('/es/articles/a/'), exampleAuthor, exampleAuthor, [], [], 'a')
    expect(english.author).toMatchObject({ jobTitle: 'Dermatologist' })
    expect(english.reviewedBy).toMatchObject({ jobTitle: 'Dermatologist' })
    expect(spanish.author).toMatchObject({ jobTitle: 'Dermatólogo' })
    expect(spanish.reviewedBy).toMatchObject({ jobTitle: 'Dermatólogo' })
  })

  it('keeps the English title when no edition is named', () => {
    expect(personJsonLd(exampleAuthor)).toMatchObject({ jobTitle: 'Dermatologist' })
  })
})
