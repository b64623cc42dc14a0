import { islandRenderer } from './load-renderer'

/** JSON inside <script> must not contain "</script>" or "<!--": escaping every "<" rules both out. */
export function serializeIslandProps(props: unknown): string {
  return JSON.stringify(props).replace(/</g, '\\u003c')
}

/**
 * An interactive part of a page (a tool in tools/<name>/ with an island.ts).
 * Preact renders it to HTML here, while Next renders the rest of the page, and
 * the props are written beside it; in the browser /islands/<name>.js hydrates
 * that HTML with the same component and props. Each tool's index.tsx wraps
 * this with its own typed props, so routes never name an island by hand.
 */
export function Island({ name, props }: { name: string; props: object }) {
  return (
    <>
      <div data-island={name} dangerouslySetInnerHTML={{ __html: islandRenderer()(name, props) }} />
      <script type="application/json" data-island-props={name} dangerouslySetInnerHTML={{ __html: serializeIslandProps(props) }} />
      {/* A module script runs after the page is parsed (deferred by the HTML spec), and once however often a page uses it. */}
      {/* eslint-disable-next-line @next/next/no-sync-scripts */}
      <script type="module" src={`/islands/${name}.js`} />
    </>
  )
}
