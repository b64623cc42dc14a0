import fs from 'node:fs'
import path from 'node:path'

/**
 * The components the islands bring to life, read from each tools/<name>/island.ts
 * (`import { Component } from './Component'`). Their tests and examples run under
 * Preact, the renderer production uses for them; everything else runs under React.
 */
export function islandComponentFiles(root = '.'): { name: string; component: string; folder: string }[] {
  const tools = path.join(root, 'tools')
  return fs
    .readdirSync(tools)
    .filter((name) => fs.existsSync(path.join(tools, name, 'island.ts')))
    .sort()
    .map((name) => {
      const source = fs.readFileSync(path.join(tools, name, 'island.ts'), 'utf8')
      const component = /from '\.\/(\w+)'/.exec(source)?.[1]
      if (!component) throw new Error(`tools/${name}/island.ts must import its component from a file beside it`)
      return { name, component, folder: `tools/${name}` }
    })
}

/** Globs (relative to the project) of the island components' own tests and examples. */
export function islandTestGlobs(kind: 'test' | 'examples', root = '.'): string[] {
  return islandComponentFiles(root).map(({ folder, component }) => `${folder}/${component}.${kind}.tsx`)
}
