import { spawnSync } from 'node:child_process'
import path from 'node:path'

/**
 * Runs a command from node_modules/.bin (or PATH) with inherited output; returns its exit code.
 * @param {string} command
 * @param {string[]} args
 * @param {{ cwd?: string, env?: Record<string, string> }} [options] env is added to this process's environment
 * @returns {number}
 */
export function run(command, args, options = {}) {
  const bin = path.resolve('node_modules/.bin')
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    ...options,
    // contentlayer2 finds the project from $PWD, not process.cwd(): keep the two in step so a
    // build started from another directory (as the build tests do) never writes into this one.
    env: { ...process.env, PWD: options.cwd ?? process.cwd(), PATH: `${bin}${path.delimiter}${process.env.PATH}`, ...options.env },
  })
  if (result.error) throw result.error
  return result.status ?? 1
}
