/**
 * Pages with nothing interactive need no JavaScript: after `next build`, this
 * removes Next's runtime (its script tags, script preloads and the inline
 * React payload that only hydration reads) from every page that has no
 * element marked `data-needs-script`. Such a page is then plain HTML and CSS:
 * it paints at once, blocks nothing, and weighs about half as much. Links
 * between pages are plain <a> elements, so they work as before.
 *
 * Next offers no per-page switch for this in the App Router, hence this step.
 */

/** The attribute every client component puts on its root element. */
export const NEEDS_SCRIPT = 'data-needs-script'

const FRAMEWORK_PIECES = [
  /<link rel="preload" as="script"[^>]*\/>/g,
  /<script src="\/_next\/[^"]*"[^>]*><\/script>/g,
  // Inline scripts without a type are the framework's bootstrap and payload; typed ones (JSON-LD) stay.
  /<script(?:\s+id="[^"]*")?>[\s\S]*?<\/script>/g,
]

export function needsScript(html) {
  return html.includes(` ${NEEDS_SCRIPT}`)
}

/** The page without Next's runtime, or unchanged when something on it needs a script. */
export function stripRuntime(html) {
  if (needsScript(html)) return html
  return FRAMEWORK_PIECES.reduce((page, pattern) => page.replace(pattern, ''), html)
}
