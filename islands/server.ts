import { h, type ComponentType } from 'preact'
import { renderToString } from 'preact-render-to-string'

/**
 * The server half of the islands: scripts/build/build-islands.mjs bundles this with
 * every tools/<name>/island.ts into .islands/server.cjs, with the same Preact
 * and the same aliases as the browser bundles, and islands/Island.tsx calls
 * it while Next renders a page. One renderer on both sides is what lets the
 * browser hydrate the HTML instead of rebuilding it.
 */
export function createIslandRenderer(components: Record<string, ComponentType<object>>) {
  return function renderIsland(name: string, props: object): string {
    const component = components[name]
    if (!component) throw new Error(`No island called "${name}": expected tools/${name}/island.ts exporting the component as default.`)
    return renderToString(h(component, props))
  }
}

export type IslandRenderer = ReturnType<typeof createIslandRenderer>
