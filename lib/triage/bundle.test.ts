import * as esbuild from 'esbuild'
import { describe, expect, it } from 'vitest'

/**
 * The engine, the consistency check and the model must be able to run in a
 * browser island: bundled the way scripts/build/build-islands.mjs bundles islands,
 * they must pull in neither zod nor any Node built-in.
 */
describe('browser bundle of the triage engine', () => {
  it('bundles for the browser without zod or Node modules', async () => {
    const result = await esbuild.build({
      stdin: {
        contents: [
          "import model from './content/triage/model.json'",
          "import { assess } from './lib/triage/engine'",
          "import { checkClaims, claimsFromDocument } from './lib/triage/consistency'",
          'export const run = () => [assess(model, { signs: ["headache"] }), checkClaims(model, claimsFromDocument(document, "page"))]',
        ].join('\n'),
        resolveDir: process.cwd(),
        loader: 'ts',
      },
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'browser',
      minify: true,
      target: 'es2020',
      tsconfig: 'tsconfig.json',
      metafile: true,
      logLevel: 'silent',
    })
    const inputs = Object.keys(result.metafile.inputs)
    expect(inputs.filter((file) => /node_modules\/zod|^node:|lib\/triage\/schema/.test(file))).toEqual([])
    expect(inputs).toEqual(expect.arrayContaining(['lib/triage/engine.ts', 'content/triage/model.json']))
    expect(result.outputFiles[0]?.text).toMatch(/Call 911 \(US\), 999 \(UK\) or 112 \(EU\) now/)
  })
})
