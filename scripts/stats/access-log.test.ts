import { describe, expect, it } from 'vitest'
import { accessLogFormat } from '../../lib/http-headers.mjs'
import { countPageViews, decodePath, formatReport, pageViewed, parseAccessLog, unreadableMessage } from './access-log.mjs'

/** Lines as nginx writes them with the shipped log_format (checked against real nginx in scripts/serve/nginx.test.ts). */
const line = (time: string, method: string, path: string, status: number, bytes = 1000) => `${time} ${method} "${path}" ${status} ${bytes}`
const DAY_1 = '2026-12-01T09:30:00+00:00'
const DAY_2 = '2026-12-02T23:59:59+01:00'

const LOG = [
  line(DAY_1, 'GET', '/index.html', 200),
  line(DAY_1, 'GET', '/articles/common-side-effects/index.html', 200),
  line(DAY_1, 'GET', '/articles/common-side-effects/index.html', 304, 0),
  line(DAY_1, 'GET', '/_next/static/css/site.css', 200),
  line(DAY_1, 'GET', '/og.png', 200),
  line(DAY_1, 'GET', '/404.html', 404),
  line(DAY_1, 'GET', '/articles/common-side-effects', 301, 169),
  line(DAY_1, 'HEAD', '/index.html', 200, 0),
  line(DAY_1, '-', '-', 400, 157),
  line(DAY_2, 'GET', '/articles/common-side-effects/index.html', 200),
  line(DAY_2, 'GET', '/privacy.html', 200),
  '',
].join('\n')

describe('parseAccessLog', () => {
  it('reads every line nginx writes, malformed requests included, and counts them', () => {
    const parsed = parseAccessLog(LOG)
    expect(parsed).toMatchObject({ lines: 11, badLines: 0, firstBad: null })
    expect(parsed.entries[0]).toEqual({ time: DAY_1, method: 'GET', path: '/index.html', status: '200', bytes: '1000' })
    expect(parsed.entries[8]).toEqual({ time: DAY_1, method: '-', path: '-', status: '400', bytes: '157' })
  })

  it('reads the example line the error messages show', () => {
    expect(parseAccessLog(`${accessLogFormat('example')}\n`).badLines).toBe(0)
  })

  it('reads a path with spaces and escaped bytes, as nginx writes them inside quotes', () => {
    const parsed = parseAccessLog(`${line(DAY_1, 'GET', '/a b/\\x22quoted\\x22/\\xC3\\xA9t\\xC3\\xA9/index.html', 200)}\n`)
    expect(parsed.badLines).toBe(0)
    expect(decodePath(parsed.entries[0]?.path ?? '')).toBe('/a b/"quoted"/été/index.html')
  })

  it('gives the empty file no lines', () => {
    expect(parseAccessLog('')).toEqual({ entries: [], lines: 0, badLines: 0, firstBad: null })
  })

  it('leaves out a last line without its newline, however it ends: the file was cut off in it', () => {
    for (const cut of [LOG.slice(0, -1), LOG.slice(0, -4), LOG.slice(0, LOG.lastIndexOf('"'))]) {
      const parsed = parseAccessLog(cut)
      expect(parsed).toMatchObject({ lines: 11, badLines: 1, firstBad: { line: 11, reason: expect.stringContaining('cut off') } })
      expect(parsed.entries).toHaveLength(10)
    }
  })

  it('recognises nginx’s "combined" format by the IP address it starts with', () => {
    const combined = [
      '203.0.113.7 - - [01/Dec/2026:09:30:00 +0000] "GET /about/?q=botox HTTP/1.1" 200 5120 "https://example.com/" "Mozilla/5.0"',
      '2001:db8::1 - - [01/Dec/2026:09:30:01 +0000] "GET / HTTP/1.1" 200 3461 "-" "curl/8.0"',
      '',
    ].join('\n')
    const parsed = parseAccessLog(combined)
    expect(parsed).toMatchObject({ lines: 2, badLines: 2, entries: [] })
    expect(parsed.firstBad).toEqual({ line: 1, reason: expect.stringMatching(/starts with an IP address.*"combined"/) })
  })

  it('names the first field that is wrong, and counts every bad line', () => {
    const cases: [string, RegExp][] = [
      [`2026-12-01 09:30:00 GET "/" 200 10`, /has no \$time_iso8601 where one should be: it reads "2026-12-01 09:30/],
      [`${DAY_1} get "/" 200 10`, /has no \$request_method where one should be: it reads "get /],
      [`${DAY_1} GET /about/ 200 10`, /has no \$uri where one should be: it reads "\/about\/ 200 10"/],
      [`${DAY_1} GET "/a"b" 200 10`, /has no \$uri where one should be/],
      [`${DAY_1} GET "/" 2000 10`, /has no \$status where one should be: it reads "2000 10"/],
      [`${DAY_1} GET "/" 200 -`, /has no \$body_bytes_sent where one should be: it reads "-"/],
      [`${DAY_1} GET "/" 200 10 "Mozilla/5.0"`, /has more after its 5 fields: " \\"Mozilla\/5.0\\""/],
      ['', /is empty/],
    ]
    for (const [bad, reason] of cases) {
      const parsed = parseAccessLog(`${LOG}${bad}\n${line(DAY_2, 'GET', '/about/index.html', 200)}\n`)
      expect(parsed, bad).toMatchObject({ lines: 13, badLines: 1, firstBad: { line: 12, reason: expect.stringMatching(reason) } })
      expect(parsed.entries).toHaveLength(12)
    }
  })
})

describe('pageViewed', () => {
  const entry = (method: string, path: string, status: string) => ({ time: DAY_1, method, path, status, bytes: '0' })

  it('is the page for a GET answered 200 or 304 at an address ending in / or .html, with index.html dropped', () => {
    expect(pageViewed(entry('GET', '/index.html', '200'))).toBe('/')
    expect(pageViewed(entry('GET', '/articles/x/index.html', '304'))).toBe('/articles/x/')
    expect(pageViewed(entry('GET', '/articles/x/', '200'))).toBe('/articles/x/')
    expect(pageViewed(entry('GET', '/privacy.html', '200'))).toBe('/privacy.html')
    expect(pageViewed(entry('GET', '/\\xC3\\xA9t\\xC3\\xA9/index.html', '200'))).toBe('/été/')
  })

  it('is null for files, other methods, redirects and errors', () => {
    for (const [method, path, status] of [
      ['GET', '/og.png', '200'],
      ['GET', '/islands/site-search.js', '200'],
      ['GET', '/articles/x', '301'],
      ['GET', '/404.html', '404'],
      ['GET', '/index.html', '500'],
      ['HEAD', '/index.html', '200'],
      ['POST', '/index.html', '200'],
      ['-', '-', '400'],
    ] as const) {
      expect(pageViewed(entry(method, path, status)), `${method} ${path} ${status}`).toBeNull()
    }
  })
})

describe('countPageViews', () => {
  it('counts page views per day, in the server’s own date, and per page', () => {
    expect(countPageViews(parseAccessLog(LOG).entries)).toEqual({
      total: 5,
      byDay: { '2026-12-01': 3, '2026-12-02': 2 },
      byPage: { '/': 1, '/articles/common-side-effects/': 3, '/privacy.html': 1 },
    })
  })
})

describe('the report', () => {
  it('lists days in order and pages from the most viewed, and says what a page view is', () => {
    const parsed = parseAccessLog(LOG)
    const report = formatReport('access.log', parsed, countPageViews(parsed.entries))
    expect(report).toContain('access.log: 5 page views over 2 days and 3 pages, from 11 requests logged.')
    expect(report).toContain('not page views')
    expect(report).toContain('Per day:\n  3  2026-12-01\n  2  2026-12-02\n')
    expect(report).toContain('Per page:\n  3  /articles/common-side-effects/\n  1  /\n  1  /privacy.html\n')
  })

  it('has nothing to add when every line was read', () => {
    expect(unreadableMessage('access.log', parseAccessLog(LOG))).toBeNull()
  })

  it('says how many lines it could not read, the first and why, and what a line should look like', () => {
    const message = unreadableMessage('access.log', parseAccessLog(LOG.slice(0, -4)))
    expect(message).toBe(
      'access.log: could not read 1 of its 11 lines, so the counts are from the other 10 only. ' +
        'The first is line 11, which is cut off: the file ends in the middle of it. ' +
        `Each line of the site's access log reads ${accessLogFormat()}, for example: ${accessLogFormat('example')}`,
    )
    expect(message).not.toContain('\n')
  })

  it('says an empty file has nothing to count', () => {
    expect(unreadableMessage('access.log', parseAccessLog(''))).toBe('access.log is empty: there are no requests to count.')
  })
})
