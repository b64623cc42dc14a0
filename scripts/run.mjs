import { spawnSync } from 'node:child_process'
import path from 'node:path'

/** Runs a command from node_modules/.bin (or PATH) with inherited output; returns its exit code. */
export function run(command, args, options = {}) {
  const bin = path.resolve('node_modules/.bin')
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    ...options,
    env: { ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH}`, ...options.env },
  })
  if (result.error) throw result.error
  return result.status ?? 1
}
