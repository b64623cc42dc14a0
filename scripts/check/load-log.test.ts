import { describe, expect, it } from 'vitest'
import { checkLoadLog } from './load-log.mjs'

const MIX = [
  { path: '/', expect: 200 },
  { path: '/about/', expect: 200 },
  { path: '/og.png', expect: 200 },
  { path: '/no-such-page/', expect: 404 },
]
const CONNECTIONS = 2

/** What nginx logs for each path of the mix (try_files names the file it served). */
const LOGGED: Record<string, [string, number]> = {
  '/': ['/index.html', 200],
  '/about/': ['/about/index.html', 200],
  '/og.png': ['/og.png', 200],
  '/no-such-page/': ['/404.html', 404],
}

/** A log with `count` lines for each path. */
const log = (counts: Record<string, number>) =>
  Object.entries(counts)
    .flatMap(([path, count]) => {
      const [uri, status] = LOGGED[path] ?? [path, 200]
      return Array.from({ length: count }, () => `2026-12-01T09:30:00+00:00 GET "${uri}" ${status} 100\n`)
    })
    .join('')

/** What autocannon counted: path → status → responses. */
const COUNTED = { '/': { 200: 10 }, '/about/': { 200: 10 }, '/og.png': { 200: 10 }, '/no-such-page/': { 404: 10 } }

const check = (logText: string) => checkLoadLog({ logText, logName: 'access.log', mix: MIX, statuses: COUNTED, connections: CONNECTIONS })

describe('checkLoadLog', () => {
  it('passes a log with exactly the responses counted', () => {
    expect(check(log({ '/': 10, '/about/': 10, '/og.png': 10, '/no-such-page/': 10 }))).toEqual({
      pageViews: 20,
      pages: 2,
      lines: 40,
      responses: 40,
      excess: 0,
      pageExcess: 0,
      problems: [],
    })
  })

  it('passes a log with one more request per connection, those in flight when autocannon stopped', () => {
    const result = check(log({ '/': 11, '/about/': 10, '/og.png': 11, '/no-such-page/': 10 }))
    expect(result).toMatchObject({ excess: 2, pageExcess: 1, problems: [] })
  })

  it('fails a page with fewer views logged than responses counted', () => {
    expect(check(log({ '/': 12, '/about/': 9, '/og.png': 10, '/no-such-page/': 10 })).problems).toEqual([
      '/about/: 9 page views logged, fewer than the 10 200 responses autocannon counted.',
    ])
  })

  it('fails more lines than connections could have had in flight', () => {
    expect(check(log({ '/': 10, '/about/': 10, '/og.png': 13, '/no-such-page/': 10 })).problems).toEqual([
      'access.log has 43 lines, 3 more than the 40 responses autocannon counted (at most 2, one per connection, can be in flight when it stops).',
    ])
    expect(check(log({ '/': 12, '/about/': 11, '/og.png': 10, '/no-such-page/': 9 })).problems).toEqual([
      '3 more page views logged than autocannon counted over all pages (at most 2 can be in flight when it stops).',
    ])
  })

  it('fails fewer lines than responses, a page missing, and a file or a 404 counted as a page', () => {
    expect(check(log({ '/': 10, '/og.png': 10, '/no-such-page/': 10 })).problems).toEqual([
      'access.log has 30 lines, fewer than the 40 responses autocannon counted.',
      '/about/: no page views logged, though autocannon counted 10 200 responses.',
    ])
    const strays = `${log({ '/': 10, '/about/': 10, '/og.png': 10, '/no-such-page/': 10 })}2026-12-01T09:30:00+00:00 GET "/404.html" 200 100\n`
    expect(check(strays).problems).toEqual(['Page views logged for addresses that are not pages of the load test: /404.html.'])
  })

  it('fails a log it cannot read', () => {
    const problems = check(
      `${log({ '/': 10, '/about/': 10, '/og.png': 10, '/no-such-page/': 10 })}127.0.0.1 - - [01/Dec/2026:09:30:00 +0000]`,
    ).problems
    expect(problems).toEqual([expect.stringMatching(/^access\.log: could not read 1 of its 41 lines.*line 41, which is cut off/)])
  })
})
