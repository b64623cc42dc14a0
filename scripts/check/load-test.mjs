/**
 * npm run load (a step of npm test): drives the nginx-served site on
 * 127.0.0.1 for 10 s with 50 connections over every built page, the stylesheets
 * and island scripts they load, Pagefind's loader, an image and a 404, asking for
 * gzip as browsers do. Fails on any error, timeout or unexpected status, and
 * then lists the unexpected statuses by path; reports requests per second and
 * latency, into test-results/load-test.json. nginx's access log of the run goes to
 * test-results/access.log, and its page views must match what autocannon counted
 * (scripts/check/load-log.mjs says how closely).
 */
import fs from 'node:fs'
import { checkLoadLog } from './load-log.mjs'
import { formatStatuses, loadPaths } from './load-paths.mjs'
import { startSiteServer } from '../serve/nginx.mjs'

const DURATION_SECONDS = Number(process.env.LOAD_SECONDS ?? 10)
const CONNECTIONS = 50
const PORT = Number(process.env.LOAD_PORT ?? 3400)

/**
 * Every built page, every stylesheet and island script the pages load (read from the built HTML, so a renamed island
 * cannot leave a stale path here), Pagefind's loader, the share image and a 404.
 */
function requestMix() {
  const sitemap = fs.readFileSync('out/sitemap.xml', 'utf8')
  const pages = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(/** @type {string} */ (match[1])).pathname)
  if (pages.length === 0) throw new Error('out/sitemap.xml lists no pages: run `npm run build` first.')
  const assets = new Set(
    pages.flatMap((page) => {
      const html = fs.readFileSync(`out${page}index.html`, 'utf8')
      return [
        ...[...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((match) => /** @type {string} */ (match[1])),
        ...[...html.matchAll(/<script type="module" src="([^"]+)"/g)].map((match) => /** @type {string} */ (match[1])),
      ]
    }),
  )
  if (![...assets].some((asset) => asset.startsWith('/islands/'))) throw new Error('No built page loads an island script.')
  return [
    ...pages.map((path) => ({ path, expect: 200 })),
    ...[...assets].sort().map((path) => ({ path, expect: 200 })),
    { path: '/pagefind/pagefind.js', expect: 200 },
    { path: '/og.png', expect: 200 },
    { path: '/no-such-page/', expect: 404 },
  ]
}

const RUN_LOG = 'test-results/access.log'

/**
 * Resolves once the log has not grown for a while: nginx may still be logging the requests that were in flight when
 * autocannon stopped. The check's bounds hold whenever the log is read; waiting only makes the file complete.
 * @param {string} file
 * @returns {Promise<number>} its size
 */
async function quietLogSize(file) {
  let size = fs.statSync(file).size
  for (let quiet = 0, attempt = 0; quiet < 5 && attempt < 100; attempt += 1) {
    await new Promise((resolve) => setTimeout(resolve, 50))
    const now = fs.statSync(file).size
    quiet = now === size ? quiet + 1 : 0
    size = now
  }
  return size
}

export async function loadTest() {
  const mix = requestMix()
  const server = await startSiteServer({ port: PORT })
  try {
    // Only the run's own lines: startNginx's readiness check is logged too.
    const logStart = server.accessLog ? await quietLogSize(server.accessLog) : 0
    const { result, statuses, unexpected, unanswered } = await loadPaths({
      url: server.url.replace(/\/$/, ''),
      mix,
      connections: CONNECTIONS,
      duration: DURATION_SECONDS,
      headers: { 'accept-encoding': 'gzip' },
    })
    let accessLog = null
    if (server.accessLog) {
      // Read before stop(), which deletes nginx's runtime folder and the log with it.
      await quietLogSize(server.accessLog)
      const logText = fs.readFileSync(server.accessLog).subarray(logStart).toString('utf8')
      fs.mkdirSync('test-results', { recursive: true })
      fs.writeFileSync(RUN_LOG, logText)
      accessLog = checkLoadLog({ logText, logName: RUN_LOG, mix, statuses, connections: CONNECTIONS })
    }
    return {
      durationSeconds: DURATION_SECONDS,
      connections: CONNECTIONS,
      paths: mix.length,
      requests: result.requests.total,
      requestsPerSecond: Math.round(result.requests.average),
      latencyMs: { p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max },
      kilobytesPerSecond: Math.round(result.throughput.average / 1024),
      errors: result.errors,
      timeouts: result.timeouts,
      unexpectedStatus: Object.values(unexpected)
        .flatMap(Object.values)
        .reduce((sum, count) => sum + count, 0),
      // path → status → responses, for every path that got a status it should not have.
      unexpectedStatusByPath: unexpected,
      // Requests autocannon wrote onto a connection nginx had just closed (after keepalive_requests), never answered.
      unansweredOnClosedConnections: unanswered,
      // null when the `npm start` server stood in for nginx: it keeps no access log.
      accessLog,
    }
  } finally {
    server.stop()
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const report = await loadTest()
  fs.mkdirSync('test-results', { recursive: true })
  fs.writeFileSync('test-results/load-test.json', `${JSON.stringify(report, null, 2)}\n`)
  console.log(
    `${report.requests} requests in ${report.durationSeconds} s over ${report.connections} connections (${report.paths} paths): ` +
      `${report.requestsPerSecond} requests/s, latency p50 ${report.latencyMs.p50} ms, p99 ${report.latencyMs.p99} ms, max ${report.latencyMs.max} ms; ` +
      `${report.errors} errors, ${report.timeouts} timeouts, ${report.unexpectedStatus} unexpected statuses ` +
      `(${report.unansweredOnClosedConnections} requests sent on connections the server had closed, not counted).`,
  )
  if (report.unexpectedStatus > 0)
    console.error(['Unexpected statuses (path: status × responses):', ...formatStatuses(report.unexpectedStatusByPath)].join('\n'))
  const log = report.accessLog
  if (!log) console.warn('access log: not checked: the `npm start` server keeps none (nginx is not installed here; CI requires it).')
  else if (log.problems.length === 0)
    console.log(
      `access log: ${log.pageViews} page views over ${log.pages} pages, matches the load test ` +
        `(${log.lines} lines for ${log.responses} responses counted: ${log.excess} more, of at most ${report.connections} in flight when autocannon stopped).`,
    )
  else
    console.error([`✖ access log (${RUN_LOG}) does not match the load test:`, ...log.problems.map((problem) => `  ${problem}`)].join('\n'))
  const failed =
    report.errors > 0 || report.timeouts > 0 || report.unexpectedStatus > 0 || report.requests === 0 || (log?.problems.length ?? 0) > 0
  process.exit(failed ? 1 : 0)
}
