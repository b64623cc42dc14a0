/**
 * The one bundling step for code that runs in the browser, and for the island
 * renderer that runs in Next. `node scripts/build/build-islands.mjs` (npm run build
 * and npm run dev run it before Next; `--watch` keeps rebuilding) writes:
 *   - public/islands/<name>.js for each tools/<name>/island.ts: hydrates that
 *     tool's server HTML with Preact; shared code (Preact, hooks) goes into
 *     content-hashed chunks/ that every island page reuses from the cache;
 *   - public/islands/share-bar.js, the articles' share bar, on its own so an
 *     article loads one small file and no Preact;
 *   - public/islands/no-js.css, loaded inside <noscript>;
 *   - .islands/server.cjs, the same components bundled for Node with the same
 *     Preact, which islands/Island.tsx calls to render each island's HTML.
 * Next copies public/ into the export, so dev and build serve the same files.
 */
import fs from 'node:fs'
import path from 'node:path'
import * as esbuild from 'esbuild'

export const BROWSER_OUT = 'public/islands'
export const SERVER_BUNDLE = '.islands/server.cjs'

/**
 * Every tool with an island.ts is an island, named after its folder: adding one needs no list.
 * @param {string} [root]
 */
export function islandNames(root = '.') {
  const tools = path.join(root, 'tools')
  return fs
    .readdirSync(tools)
    .filter((name) => fs.existsSync(path.join(tools, name, 'island.ts')))
    .sort()
}

// The components are written against React's API; Preact's compat layer runs them at a tenth of the size.
/** @type {import('esbuild').BuildOptions} */
const preactOptions = {
  bundle: true,
  jsx: 'automatic',
  jsxImportSource: 'preact',
  alias: { react: 'preact/compat', 'react-dom': 'preact/compat', 'react/jsx-runtime': 'preact/jsx-runtime' },
  tsconfig: 'tsconfig.json',
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
  metafile: true,
}

/**
 * Entry modules that exist only in memory: one per island, plus the server renderer that lists them all.
 * @param {string[]} names
 * @param {string} root
 * @returns {import('esbuild').Plugin}
 */
function virtualEntries(names, root) {
  /** @param {string} file */
  const absolute = (file) => JSON.stringify(path.resolve(root, file))
  return {
    name: 'island-entries',
    setup(build) {
      build.onResolve({ filter: /^island-entry:/ }, (args) => ({
        path: args.path.slice('island-entry:'.length),
        namespace: 'island-entry',
      }))
      build.onLoad({ filter: /.*/, namespace: 'island-entry' }, ({ path: name }) => {
        const contents =
          name === 'server'
            ? [
                `import { createIslandRenderer } from ${absolute('islands/server.ts')}`,
                ...names.map((island, index) => `import island${index} from ${absolute(`tools/${island}/island.ts`)}`),
                `export const renderIsland = createIslandRenderer({ ${names.map((island, index) => `${JSON.stringify(island)}: island${index}`).join(', ')} })`,
              ].join('\n')
            : [
                `import component from ${absolute(`tools/${name}/island.ts`)}`,
                `import { hydrateIslands } from ${absolute('islands/hydrate.ts')}`,
                `hydrateIslands(${JSON.stringify(name)}, component)`,
              ].join('\n')
        return { contents, loader: 'ts', resolveDir: root }
      })
    },
  }
}

/**
 * @typedef {{ root?: string, browserOut?: string, serverBundle?: string }} IslandBuildOptions
 * @param {IslandBuildOptions} [options]
 * @returns {{ names: string[], builds: import('esbuild').BuildOptions[] }}
 */
function buildOptions({ root = '.', browserOut = BROWSER_OUT, serverBundle = SERVER_BUNDLE } = {}) {
  const names = islandNames(root)
  const plugins = [virtualEntries(names, path.resolve(root))]
  return {
    names,
    builds: [
      {
        ...preactOptions,
        plugins,
        entryPoints: Object.fromEntries(names.map((name) => [name, `island-entry:${name}`])),
        outdir: browserOut,
        splitting: true,
        format: 'esm',
        minify: true,
        target: 'es2020',
        chunkNames: 'chunks/[name]-[hash]',
      },
      {
        ...preactOptions,
        entryPoints: { 'share-bar': 'islands/share-bar.entry.ts', 'no-js': 'islands/no-js.css' },
        outdir: browserOut,
        format: 'esm',
        minify: true,
        target: 'es2020',
      },
      {
        ...preactOptions,
        plugins,
        entryPoints: ['island-entry:server'],
        outfile: serverBundle,
        platform: 'node',
        format: 'cjs',
        target: 'node20',
      },
    ],
  }
}

/**
 * Builds everything once; stale files from an earlier build are removed first.
 * @param {IslandBuildOptions} [options]
 */
export async function buildIslands(options = {}) {
  const { names, builds } = buildOptions(options)
  fs.rmSync(options.browserOut ?? BROWSER_OUT, { recursive: true, force: true })
  const results = await Promise.all(builds.map((build) => esbuild.build(build)))
  const outputs = results.flatMap((result) => Object.entries(result.metafile?.outputs ?? {}))
  const browserBytes = outputs.filter(([file]) => !file.endsWith('.cjs')).reduce((sum, [, output]) => sum + output.bytes, 0)
  return { names, browserBytes }
}

/**
 * For npm run dev: rebuilds on every change; Next serves public/ and Island.tsx reloads the server bundle.
 * @param {IslandBuildOptions} [options]
 */
export async function watchIslands(options = {}) {
  const { builds } = buildOptions(options)
  const contexts = await Promise.all(builds.map((build) => esbuild.context({ ...build, logLevel: 'info' })))
  await Promise.all(contexts.map((context) => context.watch()))
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (process.argv.includes('--watch')) {
    await watchIslands()
  } else {
    const { names, browserBytes } = await buildIslands()
    console.log(
      `Islands: ${names.join(', ')}, with the share bar and the no-JS stylesheet (${(browserBytes / 1024).toFixed(1)} kB before compression)`,
    )
  }
}
