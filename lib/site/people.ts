import type { Author } from '@/lib/content/schemas/author'

/** A person's name as readers see it, with the honorific when the profile has one: "Dr. Victor Beer". */
export function displayName(person: Pick<Author, 'honorificPrefix' | 'name'>): string {
  return person.honorificPrefix ? `${person.honorificPrefix} ${person.name}` : person.name
}
