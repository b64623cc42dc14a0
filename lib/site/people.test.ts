import { describe, expect, it } from 'vitest'
import { exampleAuthor } from '@/tests/fixtures/author'
import { displayName, jobTitleIn } from './people'

describe('displayName', () => {
  it('puts the honorific before the name only when there is one', () => {
    expect(displayName({ honorificPrefix: 'Dr.', name: 'Victor Beer' })).toBe('Dr. Victor Beer')
    expect(displayName({ name: 'Ann Writer' })).toBe('Ann Writer')
  })
})

describe('jobTitleIn', () => {
  it('gives the English title, as the profile has it, on English pages', () => {
    expect(jobTitleIn(exampleAuthor, 'en')).toBe('Dermatologist')
  })

  it('gives the profile’s Spanish title on Spanish pages', () => {
    expect(jobTitleIn(exampleAuthor, 'es')).toBe('Dermatólogo')
    expect(jobTitleIn(exampleAuthor, 'es').toLowerCase()).toBe('dermatólogo')
  })

  it('falls back to the English title when the profile has no translation, never to a made-up one', () => {
    expect(jobTitleIn({ jobTitle: 'Nurse' }, 'es')).toBe('Nurse')
    expect(jobTitleIn({ jobTitle: 'Nurse', translations: {} }, 'es')).toBe('Nurse')
  })
})
