import * as esbuild from 'esbuild'
import { describe, expect, it } from 'vitest'
import { mdxMessages } from './messages'

/**
 * The symptom guide's island draws care cards with CareCardFrame and links to references with referenceId. Bundled
 * the way scripts/build/build-islands.mjs bundles islands, they must not bring either edition's catalogue with them:
 * an island gets its words as props.
 */
describe('browser bundle of the care card frame', () => {
  it('carries no catalogue words', async () => {
    const result = await esbuild.build({
      stdin: {
        contents: [
          "import { CareCardFrame, careLevelWord } from './components/mdx/CareCardFrame'",
          "import { referenceId } from './components/mdx/CitationMarker'",
          'export const parts = [CareCardFrame, careLevelWord, referenceId]',
        ].join('\n'),
        resolveDir: process.cwd(),
        loader: 'tsx',
      },
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'browser',
      minify: true,
      target: 'es2020',
      jsx: 'automatic',
      jsxImportSource: 'preact',
      alias: { react: 'preact/compat', 'react-dom': 'preact/compat', 'react/jsx-runtime': 'preact/jsx-runtime' },
      tsconfig: 'tsconfig.json',
      logLevel: 'silent',
    })
    const code = result.outputFiles[0]!.text
    expect(code).toContain('care-card')
    const words = [...Object.values(mdxMessages.en), ...Object.values(mdxMessages.es)].map((message) =>
      message.replace(/\{\w+\}/g, '').trim(),
    )
    expect(words.filter((word) => code.includes(word))).toEqual([])
  })
})
