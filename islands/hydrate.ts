import { h, hydrate, type ComponentType } from 'preact'
import { IslandError } from './island-error'

export { IslandError }

/** Marks a hydrated root, so a second script run cannot bring the same island to life twice (and tests can wait for it). */
export const HYDRATED_ATTRIBUTE = 'data-island-hydrated'

/**
 * Brings each server-rendered island with this name to life. The server wrote
 * its HTML with Preact (islands/server.ts), from the same component and the
 * props written beside it, so hydrate() only attaches event handlers: nothing
 * in the page is re-rendered or moves when the script arrives.
 */
export function hydrateIslands(name: string, component: ComponentType<object>): void {
  const roots = document.querySelectorAll<HTMLElement>(`[data-island="${name}"]`)
  if (roots.length === 0) throw new IslandError(name, 'the script was loaded by a page that has no such island')
  for (const root of roots) {
    if (root.hasAttribute(HYDRATED_ATTRIBUTE)) throw new IslandError(name, 'already hydrated (is its script on the page twice?)')
    const propsScript = root.nextElementSibling
    if (!propsScript?.matches(`script[type="application/json"][data-island-props="${name}"]`))
      throw new IslandError(name, 'no props script follows it')
    hydrate(h(component, JSON.parse(propsScript.textContent ?? '') as object), root)
    root.setAttribute(HYDRATED_ATTRIBUTE, '')
  }
}
