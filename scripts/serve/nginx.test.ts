import { spawn } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { findNginx } from './nginx.mjs'

const hasNginx = Boolean(findNginx())
if (!hasNginx && process.env.CI) throw new Error('nginx is required in CI (.ci/run installs nginx-light)')

const PORT = 3977

const portIsFree = () =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect(PORT, '127.0.0.1')
    socket.once('connect', () => (socket.destroy(), resolve(false)))
    socket.once('error', () => resolve(true))
  })

// A site of its own: the unit tests run before the build, so out/ may not exist yet.
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'nginx-test-site-'))
fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>test</title>')
afterAll(() => fs.rmSync(root, { recursive: true, force: true }))

/** A script that starts nginx the way the audit and the load test do, then waits to be stopped. */
const SCRIPT = `import('./scripts/serve/nginx.mjs').then((m) => m.startNginx({ port: ${PORT}, root: ${JSON.stringify(root)} })).then(() => { console.log('ready'); setInterval(() => {}, 1000) })`

describe.skipIf(!hasNginx)('startNginx', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)(
    'stops nginx when the script that started it gets %s, so the port is free for the next run',
    async (signal) => {
      const child = spawn(process.execPath, ['--input-type=module', '-e', SCRIPT], { stdio: ['ignore', 'pipe', 'inherit'] })
      await new Promise<void>((resolve, reject) => {
        child.stdout.on('data', (data: Buffer) => data.toString().includes('ready') && resolve())
        child.once('exit', (code) => reject(new Error(`the script exited with ${code} before nginx was ready`)))
      })
      expect(await portIsFree()).toBe(false)
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill(signal)
      await exited
      // nginx's workers finish in a moment after SIGQUIT.
      for (let attempt = 0; attempt < 50 && !(await portIsFree()); attempt += 1) await new Promise((resolve) => setTimeout(resolve, 100))
      expect(await portIsFree()).toBe(true)
    },
  )
})
