/**
 * Drives a server with autocannon over a mix of paths and counts, for each
 * path, the statuses of the responses that answered it (scripts/check/load-test.mjs).
 *
 * autocannon pairs each response with the oldest request it has sent on that
 * client, from a queue it keeps across reconnections. When the server ends a
 * kept-alive connection (nginx does after `keepalive_requests`, 1000 by
 * default, with "Connection: close" on the last response), autocannon has
 * already written its next request onto the closing socket. That request is
 * never answered, yet it stays in the queue, so from then on every response on
 * the new connection is paired with the request sent before it: the 404 page is
 * counted against the path before the missing page, the next page against the
 * missing page, and each latency is timed from the wrong request's start.
 * autocannon 8.0.0 and 9.0.0 both do this (lib/httpClient.js: the 'end'
 * handler reconnects without clearing `pipelinedRequests`), so
 * forgetUnansweredOnReconnect() clears it.
 */
import autocannon from 'autocannon'

/**
 * Makes an autocannon client forget the requests still waiting on a connection
 * that has gone, before the first request on the one that replaces it.
 * `onForgotten` hears how many each time.
 * @param {{ on: (event: string, listener: () => void) => unknown, conn: unknown, pipelinedRequests: { size(): number, clear(): void } }} client autocannon's client (its internals, as of 8.0.0)
 * @param {(count: number) => void} onForgotten
 */
function forgetUnansweredOnReconnect(client, onForgotten) {
  /** @type {unknown} */
  let connection
  // 'request' is emitted before the request joins the queue, with `conn` already the socket it is written to.
  client.on('request', () => {
    if (client.conn === connection) return
    connection = client.conn
    const waiting = client.pipelinedRequests.size()
    client.pipelinedRequests.clear()
    if (waiting > 0) onForgotten(waiting)
  })
}

/**
 * @param {{ url: string, mix: { path: string, expect: number }[], connections: number, duration?: number, amount?: number, headers?: Record<string, string> }} options
 */
export async function loadPaths({ url, mix, connections, duration, amount, headers }) {
  /** @type {Record<string, Record<string, number>>} path → status → responses */
  const statuses = Object.fromEntries(mix.map(({ path }) => [path, {}]))
  let unanswered = 0
  const result = await autocannon({
    url,
    connections,
    ...(amount ? { amount } : { duration }),
    headers,
    requests: mix.map(({ path }) => ({
      method: 'GET',
      path,
      /** @param {number} status */
      onResponse: (status) => {
        const counts = (statuses[path] ??= {})
        counts[status] = (counts[status] ?? 0) + 1
      },
    })),
    /** @param {any} client autocannon does not type its client */
    setupClient: (client) => forgetUnansweredOnReconnect(client, (count) => (unanswered += count)),
  })
  const unexpected = Object.fromEntries(
    mix
      .map(
        ({ path, expect }) =>
          /** @type {const} */ ([
            path,
            Object.fromEntries(Object.entries(statuses[path] ?? {}).filter(([status]) => Number(status) !== expect)),
          ]),
      )
      .filter(([, byStatus]) => Object.keys(byStatus).length > 0),
  )
  return { result, statuses, unexpected, unanswered }
}

/**
 * "  /og.png: 404 × 120" lines, one for each path and status, for the console.
 * @param {Record<string, Record<string, number>>} byPath
 */
export function formatStatuses(byPath) {
  return Object.entries(byPath).flatMap(([path, byStatus]) =>
    Object.entries(byStatus).map(([status, count]) => `  ${path}: ${status} × ${count}`),
  )
}
