import { describe, expect, it } from 'vitest'
import { exampleAuthor } from '@/tests/fixtures/author'
import { reviewedByLine } from './SocialImage'

describe('the social image’s reviewer line', () => {
  it('names the reviewer and their job title in English, as before', () => {
    expect(reviewedByLine(exampleAuthor, 'en')).toBe('Medically reviewed by Dr. Victor Beer, dermatologist')
  })

  it('gives the job title in Spanish on a Spanish page', () => {
    expect(reviewedByLine(exampleAuthor, 'es')).toBe('Revisor médico: Dr. Victor Beer, dermatólogo')
    expect(reviewedByLine(exampleAuthor, 'es')).not.toMatch(/dermatologist/i)
  })
})
