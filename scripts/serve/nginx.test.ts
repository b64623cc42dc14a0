import { spawn } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { countPageViews, parseAccessLog } from '../stats/access-log.mjs'
import { findNginx, startNginx } from './nginx.mjs'

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
fs.writeFileSync(path.join(root, '404.html'), '<!doctype html><title>not found</title>')
fs.writeFileSync(path.join(root, 'site.css'), 'body {}')
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

/** A GET with the headers a browser or a proxy would send; resolves with the status. */
const get = (url: string, headers: Record<string, string>) =>
  new Promise<number>((resolve, reject) => {
    http.get(url, { headers }, (response) => response.resume().on('end', () => resolve(response.statusCode ?? 0))).on('error', reject)
  })

describe.skipIf(!hasNginx)('the access log nginx writes', () => {
  it('records page views, and nothing about who asked or what they searched for', async () => {
    const server = await startNginx({ port: 3462, root })
    try {
      const identifying = {
        'user-agent': 'SecretAgent/1.0',
        referer: 'https://referrer.example/',
        'x-forwarded-for': '198.51.100.23',
        cookie: 'id=cookie-value',
      }
      expect(await get(`${server.url}?q=search-words`, identifying)).toBe(200)
      expect(await get(`${server.url}site.css?v=1`, identifying)).toBe(200)
      expect(await get(`${server.url}missing/?q=search-words`, identifying)).toBe(404)
      // With the readiness check startNginx makes: 4 requests. Its worker writes each line as it sends the response.
      let log = ''
      for (let attempt = 0; attempt < 50 && log.split('\n').length <= 4; attempt += 1) {
        log = fs.readFileSync(server.accessLog, 'utf8')
        await new Promise((resolve) => setTimeout(resolve, 20))
      }
      for (const secret of ['127.0.0.1', 'search-words', ...Object.values(identifying)]) expect(log).not.toContain(secret)
      const parsed = parseAccessLog(log)
      expect(parsed).toMatchObject({ lines: 4, badLines: 0 })
      expect(parsed.entries.map(({ method, path, status }) => `${method} ${path} ${status}`)).toEqual([
        'GET /index.html 200',
        'GET /index.html 200',
        'GET /site.css 200',
        'GET /404.html 404',
      ])
      expect(countPageViews(parsed.entries).byPage).toEqual({ '/': 2 })
    } finally {
      server.stop()
    }
  })
})
