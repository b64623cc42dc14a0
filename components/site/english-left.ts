/**
 * For tests: the keys of a catalogue's English messages that still appear in a rendering that should be in another
 * language. Looks at the text and at the words only assistive technology reads (aria-label, title, alt,
 * placeholder). A placeholder matches anything, and a message is matched as whole words, so "Urgent" is not found
 * in "Urgente". Messages that are the same in both languages ("{link}.") are skipped.
 */
export function englishMessagesIn(
  element: Element,
  english: Readonly<Record<string, string>>,
  translated: Readonly<Record<string, string>>,
): string[] {
  const attributes = [...element.querySelectorAll('[aria-label], [title], [alt], [placeholder]')].flatMap((node) =>
    ['aria-label', 'title', 'alt', 'placeholder'].map((name) => node.getAttribute(name) ?? ''),
  )
  const text = [textWithBreaks(element), ...attributes].join('\n')
  return Object.entries(english)
    .filter(([key, message]) => message !== translated[key] && /\p{L}/u.test(message.replace(/\{\w+\}/g, '')))
    .filter(([, message]) => {
      const pattern = message
        .split(/\{\w+\}/)
        .map((literal) => literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('[\\s\\S]*?')
      return new RegExp(`(?<![\\p{L}\\p{N}])${pattern}(?![\\p{L}\\p{N}])`, 'u').test(text)
    })
    .map(([key]) => key)
}

/**
 * The element's text with a line break wherever an element starts or ends, so that two links side by side do not run
 * together into one word ("policyWho"). A message is one run of text, so no message is split by it.
 */
function textWithBreaks(node: Node): string {
  if (node.nodeType === node.TEXT_NODE) return node.textContent ?? ''
  return [...node.childNodes]
    .map((child) => (child.nodeType === child.TEXT_NODE ? textWithBreaks(child) : `\n${textWithBreaks(child)}\n`))
    .join('')
}
