import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stats-test-'))
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

const GOOD = [
  '2026-12-01T09:30:00+00:00 GET "/index.html" 200 3461',
  '2026-12-01T09:30:01+00:00 GET "/_next/static/css/site.css" 200 7300',
  '2026-12-01T09:31:00+00:00 GET "/articles/common-side-effects/index.html" 200 14000',
  '2026-12-01T09:32:00+00:00 GET "/404.html" 404 2300',
  '2026-12-02T10:00:00+00:00 GET "/articles/common-side-effects/index.html" 304 0',
  '',
].join('\n')

/** Runs `npm run stats` as a person would (without npm), on a file written into the temporary folder. */
function stats(name: string, content?: string) {
  const file = path.join(dir, name)
  if (content !== undefined) fs.writeFileSync(file, content)
  const result = spawnSync(process.execPath, ['scripts/stats/stats.mjs', file], { encoding: 'utf8' })
  // Whatever went wrong, the reader gets sentences, never a stack trace.
  expect(`${result.stdout}${result.stderr}`).not.toMatch(/^\s+at /m)
  return { file, status: result.status, stdout: result.stdout, stderr: result.stderr }
}

describe('npm run stats', () => {
  it('prints page views per day and per page, says what it counts, and exits 0', () => {
    const { file, status, stdout, stderr } = stats('good.log', GOOD)
    expect(status).toBe(0)
    expect(stderr).toBe('')
    expect(stdout).toContain(`${file}: 3 page views over 2 days and 2 pages, from 5 requests logged.`)
    expect(stdout).toMatch(/images, styles and scripts.*404 are not page views/)
    expect(stdout).toContain('Per day:\n  2  2026-12-01\n  1  2026-12-02\n')
    expect(stdout).toContain('Per page:\n  2  /articles/common-side-effects/\n  1  /\n')
  })

  it('says an empty file has nothing to count, and exits 1', () => {
    const { file, status, stdout, stderr } = stats('empty.log', '')
    expect(status).toBe(1)
    expect(stdout).toBe('')
    expect(stderr).toBe(`${file} is empty: there are no requests to count.\n`)
  })

  it('counts a cut-off file up to its last whole line, says where it was cut, and exits 1', () => {
    const { file, status, stdout, stderr } = stats('cut.log', GOOD.slice(0, -6))
    expect(status).toBe(1)
    expect(stdout).toContain(`${file}: 2 page views over 1 day and 2 pages, from 4 requests logged.`)
    expect(stderr).toMatch(
      new RegExp(
        `^${file}: could not read 1 of its 5 lines, so the counts are from the other 4 only\\. The first is line 5, which is cut off`,
      ),
    )
    expect(stderr.trim().split('\n')).toHaveLength(1)
  })

  it('refuses a log in nginx’s "combined" format, naming the IP address it starts with, and exits 1', () => {
    const combined = '203.0.113.7 - - [01/Dec/2026:09:30:00 +0000] "GET /about/ HTTP/1.1" 200 5120 "-" "Mozilla/5.0"\n'.repeat(3)
    const { file, status, stdout, stderr } = stats('combined.log', combined)
    expect(status).toBe(1)
    expect(stdout).toContain(`${file}: 0 page views over 0 days and 0 pages, from 0 requests logged.`)
    expect(stderr).toMatch(
      /could not read 3 of its 3 lines, so the counts are empty\. The first is line 1, which starts with an IP address/,
    )
    expect(stderr.trim().split('\n')).toHaveLength(1)
  })

  it('reports the first bad line in the middle of a log, and still counts the rest', () => {
    const lines = GOOD.split('\n')
    lines.splice(2, 0, 'garbage')
    const { status, stdout, stderr } = stats('mixed.log', lines.join('\n'))
    expect(status).toBe(1)
    expect(stdout).toContain('3 page views over 2 days and 2 pages, from 5 requests logged.')
    expect(stderr).toMatch(
      /could not read 1 of its 6 lines.*The first is line 3, which has no \$time_iso8601 where one should be: it reads "garbage"/,
    )
  })

  it('says a missing file does not exist, how to name another, and exits 1', () => {
    const { file, status, stdout, stderr } = stats('missing.log')
    expect(status).toBe(1)
    expect(stdout).toBe('')
    expect(stderr).toMatch(new RegExp(`^Cannot read ${file}: there is no such file\\. Usage: npm run stats \\[-- <access log>\\]`))
  })
})
