import axe from 'axe-core'
import { WCAG_TAGS } from './wcag'

/**
 * The axe rules every component example must pass (WCAG 2.0-2.2 A and AA).
 * jsdom has no layout, so colour contrast and target size are left to the
 * Playwright scans of the built pages.
 */
export async function axeViolations(container: Element): Promise<string[]> {
  const results = await axe.run(container, {
    runOnly: { type: 'tag', values: WCAG_TAGS },
    rules: { 'color-contrast': { enabled: false }, 'target-size': { enabled: false } },
  })
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.html).join(' | ')}`)
}

/** "File › example" labels for every example of every module a glob found. */
export function exampleCases<Element>(modules: Record<string, { examples: Record<string, Element> }>) {
  return Object.entries(modules).flatMap(([file, module]) =>
    Object.entries(module.examples).map(
      ([name, element]) => [`${file.split('/').pop()?.replace('.examples.tsx', '')} › ${name}`, element] as const,
    ),
  )
}
