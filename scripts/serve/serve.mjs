/**
 * npm start: serves the static export in out/ on http://127.0.0.1:3000 with gzip,
 * building first when out/ is missing or older than any source file.
 * Pass --no-build to serve out/ as it is (the e2e tests do, after their own build).
 */
import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import compression from 'compression'
import sirv from 'sirv'
import { cacheControlFor, NOT_FOUND_PAGES, notFoundPageFor, SECURITY_HEADERS } from '../../lib/http-headers.mjs'
import { newestInputTime } from '../lib/build-inputs.mjs'
import { run } from '../lib/run.mjs'

const HOST = process.env.HOST ?? '127.0.0.1'
const PORT = Number(process.env.PORT ?? 3000)
const OUT = path.resolve('out')
const STAMP = path.join(OUT, '.build-complete')

function needsBuild() {
  if (!fs.existsSync(STAMP)) return true
  return newestInputTime() > fs.statSync(STAMP).mtimeMs
}

if (!process.argv.includes('--no-build') && needsBuild()) {
  console.log('out/ is missing or older than the sources: building first.')
  if (run('node', ['scripts/build/build.mjs']) !== 0) process.exit(1)
}
if (!fs.existsSync(path.join(OUT, 'index.html'))) {
  console.error('✖ out/index.html is missing: run `npm run build` first.')
  process.exit(1)
}

// compression's types describe Express's request and response, but it is plain Node middleware.
const gzip = /** @type {(req: http.IncomingMessage, res: http.ServerResponse, next: () => void) => void} */ (
  /** @type {unknown} */ (compression())
)
/**
 * @param {http.ServerResponse} res
 * @param {string} pathname
 */
const setHeaders = (res, pathname) => {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value)
  res.setHeader('Cache-Control', cacheControlFor(pathname))
}
const assets = sirv(OUT, { etag: true, gzip: true, extensions: ['html'], dotfiles: false, setHeaders })
// Each edition's own 404 page, read once.
const notFoundPages = new Map(NOT_FOUND_PAGES.map((page) => [page.file, fs.readFileSync(path.join(OUT, page.file))]))

const server = http.createServer((req, res) => {
  gzip(req, res, () => {
    assets(req, res, () => {
      const page = notFoundPageFor(new URL(req.url ?? '/', 'http://localhost').pathname)
      setHeaders(res, page)
      res.statusCode = 404
      res.setHeader('Content-Type', 'text/html; charset=utf-8')
      res.end(notFoundPages.get(page))
    })
  })
})
server.listen(PORT, HOST, () => console.log(`Serving out/ on http://${HOST}:${PORT}`))
