/**
 * Bundles one browser entry per island (islands/<name>.ts) into
 * <out>/islands/<name>.js, with Preact standing in for React: the same
 * components Next rendered to HTML, brought to life by about 10 kB of
 * framework instead of about 130 kB. Shared code (Preact, hooks) goes into
 * chunks that every island page reuses from the cache.
 */
import fs from 'node:fs'
import path from 'node:path'
import * as esbuild from 'esbuild'

/** One entry per island: islands/<name>.ts (a test checks they match islands/registry.ts). */
export function islandEntries() {
  return fs
    .readdirSync('islands')
    .filter((file) => /^[a-z-]+\.ts$/.test(file) && !['registry.ts', 'mount.ts'].includes(file))
    .map((file) => file.replace(/\.ts$/, ''))
    .sort()
}

/** @param {string} outDir the export folder; bundles go to its islands/ */
export async function buildIslands(outDir) {
  const names = islandEntries()
  const entryPoints = Object.fromEntries(names.map((name) => [name, `islands/${name}.ts`]))
  const result = await esbuild.build({
    entryPoints,
    outdir: path.join(outDir, 'islands'),
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    target: 'es2020',
    chunkNames: 'chunks/[name]-[hash]',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    alias: { react: 'preact/compat', 'react-dom': 'preact/compat', 'react/jsx-runtime': 'preact/jsx-runtime' },
    tsconfig: 'tsconfig.json',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
    metafile: true,
  })
  return { names, bytes: Object.values(result.metafile.outputs).reduce((sum, output) => sum + output.bytes, 0) }
}
