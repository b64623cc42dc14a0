/** @vitest-environment jsdom */
import { render } from '@testing-library/react'
import axe from 'axe-core'
import type { ReactElement } from 'react'
import { describe, expect, it } from 'vitest'

/**
 * Every component example (an `*.examples.tsx` beside it, in any folder of components/) gets an axe scan, as in
 * govuk-frontend: a new example is scanned without anyone adding a test.
 * jsdom has no layout, so colour contrast and target size are left to the
 * Playwright scans of the built pages.
 */
const modules = import.meta.glob<{ examples: Record<string, ReactElement> }>('../../components/**/*.examples.tsx', { eager: true })

const cases = Object.entries(modules).flatMap(([file, module]) =>
  Object.entries(module.examples).map(([name, element]) => [`${file.split('/').pop()?.replace('.examples.tsx', '')} › ${name}`, element] as const),
)

describe('accessibility of every component example', () => {
  it('finds the examples', () => {
    expect(cases.length).toBeGreaterThanOrEqual(8)
  })

  it.each(cases)('%s has no axe violations', async (_name, element) => {
    const { container } = render(<div lang="en">{element}</div>)
    const results = await axe.run(container, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      rules: { 'color-contrast': { enabled: false }, 'target-size': { enabled: false } },
    })
    expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.html).join(' | ')}`)).toEqual([])
  })
})
