/**
 * After `next build`, every page loses Next's browser runtime: its script
 * tags, script preloads and the inline React payload that only hydration
 * reads. Next is used to render HTML at build time; in the browser, pages are
 * plain HTML and CSS, and the few interactive parts bring themselves to life
 * with their own small bundles (components/Island.tsx, scripts/build-islands.mjs).
 * A page paints at once, blocks nothing and weighs about half as much. Links
 * between pages are plain <a> elements, so they work as before.
 *
 * Next offers no switch for this in the App Router, hence this step.
 */

const FRAMEWORK_PIECES = [
  /<link rel="preload" as="script"[^>]*\/>/g,
  /<script src="\/_next\/[^"]*"[^>]*><\/script>/g,
  // Inline scripts without a type are the framework's bootstrap and payload; typed ones (JSON-LD, island props) stay.
  /<script(?:\s+id="[^"]*")?>[\s\S]*?<\/script>/g,
]

/** The page without Next's runtime. */
export function stripRuntime(html) {
  return FRAMEWORK_PIECES.reduce((page, pattern) => page.replace(pattern, ''), html)
}
