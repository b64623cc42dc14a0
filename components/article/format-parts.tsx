import { Fragment, type ReactNode } from 'react'

/**
 * `format` (lib/i18n/messages.ts) for a sentence with elements in it: fills each {name} of a catalogue template with
 * a string or an element (a link, a <time>), so the whole sentence stays one message that each language orders its
 * own way. An unknown placeholder is a bug, so it throws instead of printing "{name}".
 */
export function formatParts(template: string, values: Readonly<Record<string, ReactNode>>): ReactNode[] {
  return template
    .split(/\{(\w+)\}/)
    .map((part, index) => {
      // split() with a capturing group puts the text at even indexes and the placeholder names at odd ones.
      if (index % 2 === 0) return part
      if (!Object.hasOwn(values, part)) throw new Error(`formatParts: no value for {${part}} in "${template}"`)
      return <Fragment key={index}>{values[part]}</Fragment>
    })
    .filter((part) => part !== '')
}
