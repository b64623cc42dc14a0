import net from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { formatStatuses, loadPaths } from './load-paths.mjs'

const STATUS_OF: Record<string, number> = { '/page/': 200, '/og.png': 200, '/no-such-page/': 404 }
const MIX = Object.entries(STATUS_OF).map(([path, expect]) => ({ path, expect }))
const REQUESTS_PER_CONNECTION = 4

/**
 * Answers each path with its own status and, like nginx at `keepalive_requests`,
 * ends the connection after a fixed number of responses, the last saying
 * "Connection: close"; whatever arrives after that is never answered. Written
 * on net rather than node:http because node's server answers requests past its
 * maxRequestsPerSocket with 503 instead of ignoring them as nginx does.
 */
function closingServer(): Promise<{ port: number; close: () => void }> {
  const server = net.createServer((socket) => {
    let answered = 0
    let pending = ''
    socket.on('data', (chunk) => {
      pending += chunk.toString('latin1')
      let end
      while (answered < REQUESTS_PER_CONNECTION && (end = pending.indexOf('\r\n\r\n')) !== -1) {
        const path = pending.slice(0, end).split(' ')[1] ?? ''
        pending = pending.slice(end + 4)
        answered += 1
        const last = answered === REQUESTS_PER_CONNECTION
        socket.write(`HTTP/1.1 ${STATUS_OF[path] ?? 500} X\r\nContent-Length: 0\r\nConnection: ${last ? 'close' : 'keep-alive'}\r\n\r\n`)
        if (last) socket.end()
      }
    })
    socket.on('error', () => {})
  })
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      resolve({ port: (server.address() as net.AddressInfo).port, close: () => server.close() })
    })
  })
}

let stopServer = () => {}
afterEach(() => stopServer())

describe('loadPaths', () => {
  it('counts every response against the path it answers, when the server ends kept-alive connections', async () => {
    const server = await closingServer()
    stopServer = server.close
    const { result, statuses, unexpected, unanswered } = await loadPaths({
      url: `http://127.0.0.1:${server.port}`,
      mix: MIX,
      connections: 2,
      amount: 40,
    })
    expect(unexpected).toEqual({})
    expect(statuses).toEqual(Object.fromEntries(MIX.map(({ path, expect: status }) => [path, { [status]: expect.any(Number) }])))
    const counted = Object.values(statuses).flatMap((byStatus) => Object.values(byStatus))
    expect(counted.reduce((sum, count) => sum + count, 0)).toBe(result['2xx'] + result.non2xx)
    // Each ended connection had one request written to it after its last answer; those are the ones left out.
    expect(unanswered).toBeGreaterThan(0)
    expect(result.errors).toBe(0)
  })
})

describe('formatStatuses', () => {
  it('prints one line per path and status', () => {
    expect(formatStatuses({ '/og.png': { 404: 120 }, '/no-such-page/': { 200: 119, 500: 1 } })).toEqual([
      '  /og.png: 404 × 120',
      '  /no-such-page/: 200 × 119',
      '  /no-such-page/: 500 × 1',
    ])
  })
})
