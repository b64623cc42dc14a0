import type { Author } from '@/lib/content/schemas/author'
import type { Locale } from '@/lib/i18n/locales'

/** A person's name as readers see it, with the honorific when the profile has one: "Dr. Victor Beer". */
export function displayName(person: Pick<Author, 'honorificPrefix' | 'name'>): string {
  return person.honorificPrefix ? `${person.honorificPrefix} ${person.name}` : person.name
}

/**
 * A person's job title in an edition's language, as their profile gives it: "Dermatologist", "Dermatólogo". An
 * edition whose translation the profile lacks shows the English title rather than a made-up one.
 */
export function jobTitleIn(person: Pick<Author, 'jobTitle' | 'translations'>, locale: Locale): string {
  // The profile is written in English, the source edition.
  if (locale === 'en') return person.jobTitle
  return person.translations?.[locale]?.jobTitle ?? person.jobTitle
}

/** A profile with its words in an edition's language where the profile gives them, the English where it does not. */
export function profileIn(author: Author, locale: Locale): Author {
  const es = locale === 'es' ? author.translations?.es : undefined
  if (!es) return author
  return {
    ...author,
    jobTitle: es.jobTitle,
    credentials: es.credentials ?? author.credentials,
    specialties: es.specialties ?? author.specialties,
    experience: es.experience ?? author.experience,
    professionalBodies: { ...author.professionalBodies, summary: es.professionalBodiesSummary ?? author.professionalBodies.summary },
    bio: es.bio ?? author.bio,
  }
}
