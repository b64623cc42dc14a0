import { h, render, type ComponentType } from 'preact'

/**
 * Brings the server-rendered HTML of each island with this name to life, with
 * Preact standing in for React (scripts/build-islands.mjs aliases "react" to
 * "preact/compat"). render() reuses the elements already in the page and
 * patches the rest, so nothing moves when the script arrives.
 */
export function mountIslands(name: string, component: unknown): void {
  for (const root of document.querySelectorAll<HTMLElement>(`[data-island="${name}"]`)) {
    const propsScript = root.nextElementSibling
    if (!propsScript?.matches(`script[data-island-props="${name}"]`)) throw new Error(`island "${name}" has no props script after it`)
    // The component is written against React's types; under the alias it is a Preact component.
    render(h(component as ComponentType<object>, JSON.parse(propsScript.textContent ?? '{}') as object), root)
  }
}
