import fs from 'node:fs'
import path from 'node:path'
import type { IslandRenderer } from './server'

/** Written by scripts/build/build-islands.mjs (npm run build and npm run dev run it before Next). */
export const SERVER_BUNDLE = path.resolve('.islands/server.cjs')

let loaded: { version: number; renderIsland: IslandRenderer } | undefined

/**
 * Loads the island renderer that scripts/build/build-islands.mjs bundled. It is
 * required at run time, out of the bundler's sight, so Next never compiles
 * the island components against React; a newer bundle (the dev watcher
 * rewrote it) replaces the one in memory.
 */
export function islandRenderer(): IslandRenderer {
  const stat = fs.statSync(SERVER_BUNDLE, { throwIfNoEntry: false })
  if (!stat)
    throw new Error(
      `${path.relative(process.cwd(), SERVER_BUNDLE)} is missing: run \`node scripts/build/build-islands.mjs\` (npm run build and npm run dev do).`,
    )
  if (loaded?.version !== stat.mtimeMs) {
    const { createRequire } = process.getBuiltinModule('node:module')
    const require = createRequire(SERVER_BUNDLE)
    delete require.cache[SERVER_BUNDLE]
    loaded = { version: stat.mtimeMs, renderIsland: (require(SERVER_BUNDLE) as { renderIsland: IslandRenderer }).renderIsland }
  }
  return loaded.renderIsland
}
