import { articleMessages } from './messages'

/** The fixed words of each English message: the text around its placeholders, when long enough to be telling. */
const englishFragments = Object.entries(articleMessages.en).flatMap(([key, template]) =>
  template
    .split(/\{\w+\}/)
    .map((fragment) => fragment.trim())
    .filter((fragment) => fragment.length >= 4)
    .map((fragment) => ({ key, fragment })),
)

/** Everything a reader or their tools meet in a rendered tree: its text, and every attribute value (aria-label, download, data-message-*…). */
function readerText(container: Element): string {
  const attributes = [container, ...container.querySelectorAll('*')].flatMap((element) =>
    [...element.attributes].map((attribute) => attribute.value),
  )
  return [container.textContent ?? '', ...attributes].join('\n')
}

/** The English catalogue messages found in a render, as "key: fragment": a Spanish render must give none. */
export function englishMessagesIn(container: Element): string[] {
  const text = readerText(container)
  return englishFragments.filter(({ fragment }) => text.includes(fragment)).map(({ key, fragment }) => `${key}: ${fragment}`)
}
