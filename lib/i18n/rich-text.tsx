import { Fragment, type ReactNode } from 'react'

/**
 * A catalogue template whose placeholders may be elements: `formatRich('{link} by email.', { link: <a>…</a> })`.
 * Text and string values between elements are joined into one string, so a sentence stays one template that each
 * language orders its own way, and each run of text is one text node. An unknown placeholder throws, as `format` does.
 */
export function formatRich(template: string, values: Readonly<Record<string, ReactNode>>): ReactNode[] {
  const parts: ReactNode[] = []
  let text = ''
  for (const [index, piece] of template.split(/(\{\w+\})/).entries()) {
    const name = /^\{(\w+)\}$/.exec(piece)?.[1]
    if (name === undefined) {
      text += piece
      continue
    }
    const value = values[name]
    if (!Object.hasOwn(values, name)) throw new Error(`formatRich: no value for {${name}} in "${template}"`)
    if (typeof value === 'string' || typeof value === 'number') {
      text += String(value)
      continue
    }
    if (text) parts.push(text)
    text = ''
    parts.push(<Fragment key={index}>{value}</Fragment>)
  }
  if (text) parts.push(text)
  return parts
}
