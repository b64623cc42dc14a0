/**
 * Reads the site's access log, whose fields ACCESS_LOG (lib/http-headers.mjs) defines, and counts page views per
 * day and per page. No I/O here: `npm run stats` (stats.mjs) and the load test (scripts/check/load-test.mjs) read
 * the file and share these, and the tests feed them text.
 */
import { ACCESS_LOG, accessLogFormat } from '../../lib/http-headers.mjs'

/** @typedef {import('../../lib/http-headers.mjs').AccessLogField} AccessLogField */
/** @typedef {Record<AccessLogField['name'], string>} LogEntry one request, each field as nginx wrote it */
/** @typedef {{ line: number, reason: string }} BadLine */
/** @typedef {{ entries: LogEntry[], lines: number, badLines: number, firstBad: BadLine | null }} ParsedLog */
/** @typedef {{ total: number, byDay: Record<string, number>, byPage: Record<string, number> }} PageViews */

/** @param {AccessLogField} field */
const fieldSource = (field) => (field.quoted ? `"(?<${field.name}>${field.pattern})"` : `(?<${field.name}>${field.pattern})`)

const LINE = new RegExp(`^${ACCESS_LOG.fields.map(fieldSource).join(' ')}$`)

/** Each field on its own, matched where the one before it ended: finds the first that is wrong on a bad line. */
const FIELD_AT = ACCESS_LOG.fields.map((field) => ({ field, regex: new RegExp(`${fieldSource(field)}(?= |$)`, 'y') }))

/** nginx's "combined" and "common" formats start with the client's address, then two fields, then [time]. */
const FOREIGN = /^(?:\d{1,3}(?:\.\d{1,3}){3}|[0-9a-f]*:[0-9a-f:.]*) \S+ \S+ \[/i

/**
 * @param {number} count
 * @param {string} noun
 */
const plural = (count, noun) => `${count} ${noun}${count === 1 ? '' : 's'}`

/** @param {string} text */
const excerpt = (text) => JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text)

/**
 * Why a line is not one of ours, as the end of a sentence starting "line N".
 * @param {string} line
 * @returns {string}
 */
function whyUnreadable(line) {
  if (line.trim() === '') return 'is empty'
  if (FOREIGN.test(line))
    return 'starts with an IP address, as nginx\'s standard "combined" log does: this is not the site\'s log, which never records one'
  let position = 0
  for (const [index, { field, regex }] of FIELD_AT.entries()) {
    if (index > 0) position += 1
    regex.lastIndex = position
    if (!regex.test(line)) return `has no ${field.variable} where one should be: it reads ${excerpt(line.slice(position))}`
    position = regex.lastIndex
  }
  return `has more after its ${ACCESS_LOG.fields.length} fields: ${excerpt(line.slice(position))}`
}

/**
 * Splits a log into requests. A line that is not in the format is counted and left out, the first one with its
 * reason; so is a last line without its newline, which nginx always writes: the file was cut off in the middle of it.
 * @param {string} text the whole file
 * @returns {ParsedLog}
 */
export function parseAccessLog(text) {
  const lines = text === '' ? [] : text.split('\n')
  const complete = text.endsWith('\n')
  if (complete) lines.pop()
  /** @type {LogEntry[]} */
  const entries = []
  let badLines = 0
  /** @type {BadLine | null} */
  let firstBad = null
  for (const [index, line] of lines.entries()) {
    const match = LINE.exec(line)
    const cutOff = !complete && index === lines.length - 1
    if (match?.groups && !cutOff) {
      entries.push(/** @type {LogEntry} */ ({ ...match.groups }))
      continue
    }
    badLines += 1
    firstBad ??= { line: index + 1, reason: cutOff ? 'is cut off: the file ends in the middle of it' : whyUnreadable(line) }
  }
  return { entries, lines: lines.length, badLines, firstBad }
}

/**
 * The path as it was asked for: nginx writes quotes, backslashes and non-ASCII bytes as \xHH.
 * @param {string} logged
 */
export function decodePath(logged) {
  if (!logged.includes('\\x')) return logged
  const bytes = logged.replace(/\\x([0-9A-F]{2})/g, (_, hex) => String.fromCharCode(parseInt(hex, 16)))
  return Buffer.from(bytes, 'latin1').toString('utf8')
}

/** What a page view is; the stats print it, so the counts say what they count. */
export const PAGE_VIEW_DEFINITION =
  'A page view is a GET request for a page (an address ending in / or .html) answered 200 or 304 (not modified). ' +
  'Files such as images, styles and scripts, other methods such as HEAD, and errors such as 404 are not page views.'

const PAGE_STATUSES = ['200', '304']

/**
 * The page a request viewed, or null when it was not a page view. try_files logs /about/ as /about/index.html: both
 * are the page /about/.
 * @param {LogEntry} entry
 * @returns {string | null}
 */
export function pageViewed(entry) {
  if (entry.method !== 'GET' || !PAGE_STATUSES.includes(entry.status)) return null
  const path = decodePath(entry.path)
  if (path.endsWith('/index.html')) return path.slice(0, -'index.html'.length)
  return path.endsWith('/') || path.endsWith('.html') ? path : null
}

/**
 * Page views per day (the server's local date) and per page.
 * @param {LogEntry[]} entries
 * @returns {PageViews}
 */
export function countPageViews(entries) {
  /** @type {PageViews} */
  const views = { total: 0, byDay: {}, byPage: {} }
  for (const entry of entries) {
    const page = pageViewed(entry)
    if (page === null) continue
    const day = entry.time.slice(0, 10)
    views.total += 1
    views.byDay[day] = (views.byDay[day] ?? 0) + 1
    views.byPage[page] = (views.byPage[page] ?? 0) + 1
  }
  return views
}

/**
 * The report `npm run stats` prints: days in order, pages from the most viewed.
 * @param {string} file
 * @param {ParsedLog} parsed
 * @param {PageViews} views
 */
export function formatReport(file, parsed, views) {
  const days = Object.entries(views.byDay).sort(([a], [b]) => a.localeCompare(b))
  const pages = Object.entries(views.byPage).sort(([a, countA], [b, countB]) => countB - countA || a.localeCompare(b))
  const width = String(views.total).length
  /** @param {[string, number][]} rows */
  const table = (rows) => (rows.length > 0 ? rows.map(([name, count]) => `  ${String(count).padStart(width)}  ${name}`) : ['  none'])
  const read = parsed.lines - parsed.badLines
  return [
    `${file}: ${plural(views.total, 'page view')} over ${plural(days.length, 'day')} and ${plural(pages.length, 'page')}, ` +
      `from ${plural(read, 'request')} logged.`,
    PAGE_VIEW_DEFINITION,
    '',
    'Per day:',
    ...table(days),
    '',
    'Per page:',
    ...table(pages),
    '',
  ].join('\n')
}

/**
 * One paragraph on the lines that could not be read, or null when there were none.
 * @param {string} file
 * @param {ParsedLog} parsed
 * @returns {string | null}
 */
export function unreadableMessage(file, parsed) {
  if (parsed.lines === 0) return `${file} is empty: there are no requests to count.`
  if (!parsed.firstBad) return null
  const { line, reason } = parsed.firstBad
  const left = parsed.lines - parsed.badLines
  return (
    `${file}: could not read ${parsed.badLines} of its ${plural(parsed.lines, 'line')}, so the counts ` +
    `${left > 0 ? `are from the other ${left} only` : 'are empty'}. The first is line ${line}, which ${reason}. ` +
    `Each line of the site's access log reads ${accessLogFormat()}, for example: ${accessLogFormat('example')}`
  )
}
