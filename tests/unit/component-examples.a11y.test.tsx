/** @vitest-environment jsdom */
import { render } from '@testing-library/react'
import type { ReactElement } from 'react'
import { describe, expect, it } from 'vitest'
import { axeViolations, exampleCases } from '../support/axe-scan'
import { islandTestGlobs } from '../support/island-files'

/**
 * Every component example (*.examples.tsx beside a component) gets an axe
 * scan, as in govuk-frontend: a new example is scanned without anyone adding
 * a test. The islands' own examples are scanned under Preact instead
 * (islands/island-examples.preact.test.tsx).
 */
const modules = import.meta.glob<{ examples: Record<string, ReactElement> }>(
  ['../../components/**/*.examples.tsx', '../../tools/**/*.examples.tsx', '../../islands/**/*.examples.tsx'],
  {
    eager: true,
  },
)
const islandExamples = new Set(islandTestGlobs('examples').map((file) => `../../${file}`))
const cases = exampleCases(Object.fromEntries(Object.entries(modules).filter(([file]) => !islandExamples.has(file))))

describe('accessibility of every component example rendered by React', () => {
  it('finds the examples', () => {
    expect(cases.length).toBeGreaterThanOrEqual(8)
  })

  it.each(cases)('%s has no axe violations', async (_name, element) => {
    const { container } = render(<div lang="en">{element}</div>)
    expect(await axeViolations(container)).toEqual([])
  })
})
