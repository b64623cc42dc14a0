import type { TestSpecification } from 'vitest/node'
import { describe, expect, it } from 'vitest'
import { EnvironmentSequencer } from '../support/environment-sequencer'

const spec = (moduleId: string, environment: string) => ({ moduleId, project: { config: { environment } } }) as unknown as TestSpecification

describe('EnvironmentSequencer', () => {
  it('runs the files of one environment together, jsdom first (by docblock or project), each group in path order', async () => {
    const files = [
      spec('lib/content/mdx/faq.test.ts', 'node'),
      spec('components/mdx/CareCard.test.tsx', 'node'), // jsdom by its docblock
      spec('lib/content/mdx/read.test.ts', 'node'),
      spec('tools/symptom-guide/SymptomGuide.test.tsx', 'jsdom'), // the preact project's environment
      spec('components/article/ReviewBox.test.tsx', 'node'), // jsdom by its docblock
    ]
    const sorted = await new EnvironmentSequencer({} as never).sort(files)
    expect(sorted.map((file) => file.moduleId)).toEqual([
      'components/article/ReviewBox.test.tsx',
      'components/mdx/CareCard.test.tsx',
      'tools/symptom-guide/SymptomGuide.test.tsx',
      'lib/content/mdx/faq.test.ts',
      'lib/content/mdx/read.test.ts',
    ])
  })
})
