import { LOCALES, type Locale } from './locales'

/**
 * Typed message catalogues: the interface text of a component folder, in every edition, in one file beside the
 * components (components/site/messages.ts, tools/<tool>/messages.ts). The Spanish side must have exactly the
 * English side's keys, so a missing or extra translation is a type error naming the file and the key, and
 * `catalogueProblems` (run by the content rules before every build, and by a unit test) says the same in words.
 *
 * Chosen over an i18n library because the pages are static HTML and the islands ship no runtime: next-intl and
 * react-i18next need a provider and a runtime in the browser, and ICU plural rules are not needed for two
 * languages whose sentences here are written to avoid them. Messages are plain strings, with {name}
 * placeholders filled by `format`, so that an island's messages can travel as JSON props.
 */

export type MessageShape = Readonly<Record<string, string>>

/** A catalogue: for each locale, the same keys. */
export type Catalogue<T extends MessageShape> = Readonly<Record<Locale, { readonly [K in keyof T]: string }>>

export function defineMessages<const T extends MessageShape>(catalogue: { en: T; es: { readonly [K in keyof T]: string } }): Catalogue<T> {
  return catalogue
}

/** Fills {name} placeholders; an unknown placeholder is a bug, so it throws instead of printing "{name}". */
export function format(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name]
    if (value === undefined) throw new Error(`format: no value for {${name}} in "${template}"`)
    return String(value)
  })
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort()

/** Every way a catalogue's editions disagree: a key one lacks, an empty text, or different placeholders. */
export function catalogueProblems(catalogue: Readonly<Record<string, Readonly<Record<string, string>>>>): string[] {
  const problems: string[] = []
  const english = catalogue.en ?? {}
  for (const locale of LOCALES) {
    const messages = catalogue[locale]
    if (!messages) {
      problems.push(`no "${locale}" messages`)
      continue
    }
    for (const key of Object.keys(english)) {
      if (!(key in messages)) problems.push(`${locale}: missing translation for "${key}"`)
      else if (!messages[key]?.trim()) problems.push(`${locale}: "${key}" is empty`)
      else if (placeholders(messages[key]).join() !== placeholders(english[key] ?? '').join()) {
        problems.push(
          `${locale}: "${key}" has placeholders {${placeholders(messages[key]).join('}, {')}}, English has {${placeholders(english[key] ?? '').join('}, {')}}`,
        )
      }
    }
    for (const key of Object.keys(messages)) if (!(key in english)) problems.push(`${locale}: "${key}" is not an English key`)
  }
  return problems
}
