/**
 * Checks nginx's access log from a load test against what autocannon counted (scripts/check/load-test.mjs), through
 * the same parser as `npm run stats`: if either wrote or read the log wrongly, the counts disagree.
 *
 * What the two counts can differ by. autocannon sends one request at a time on each connection. Every response it
 * counted was logged: nginx writes the line as it sends the last byte. When the duration is up, autocannon drops its
 * connections, and the request each was waiting on may still have been served and logged: at most one per
 * connection. A request autocannon wrote onto a connection nginx had already closed (after `keepalive_requests`) was
 * never read, so never logged, and load-paths.mjs leaves it out of the counts too. So, for the lines written during
 * the run, 0 ≤ lines − responses counted ≤ connections, and every page has at least as many views logged as 200s
 * counted, the surplus over all pages again at most one per connection. Neither bound depends on timing, and a
 * lost, doubled or misread line, or a file or a 404 counted as a page view, breaks one of them.
 */
import { countPageViews, parseAccessLog, unreadableMessage } from '../stats/access-log.mjs'

/**
 * @param {{
 *   logText: string,
 *   logName: string,
 *   mix: { path: string, expect: number }[],
 *   statuses: Record<string, Record<string, number>>,
 *   connections: number,
 * }} options logText: the lines logged during the run; statuses: path → status → responses autocannon counted
 */
export function checkLoadLog({ logText, logName, mix, statuses, connections }) {
  const parsed = parseAccessLog(logText)
  const views = countPageViews(parsed.entries)
  const responses = Object.values(statuses)
    .flatMap((byStatus) => Object.values(byStatus))
    .reduce((sum, count) => sum + count, 0)
  const excess = parsed.lines - responses
  /** @type {string[]} */
  const problems = []
  const unreadable = unreadableMessage(logName, parsed)
  if (unreadable) problems.push(unreadable)
  if (excess < 0) problems.push(`${logName} has ${parsed.lines} lines, fewer than the ${responses} responses autocannon counted.`)
  if (excess > connections)
    problems.push(
      `${logName} has ${parsed.lines} lines, ${excess} more than the ${responses} responses autocannon counted (at most ${connections}, one per connection, can be in flight when it stops).`,
    )

  // The pages in the mix: what nginx answers 200 at an address ending in / or .html.
  const pages = mix.filter(({ path, expect }) => expect === 200 && (path.endsWith('/') || path.endsWith('.html'))).map(({ path }) => path)
  let pageExcess = 0
  for (const page of pages) {
    const logged = views.byPage[page] ?? 0
    const counted = statuses[page]?.[200] ?? 0
    if (logged === 0) problems.push(`${page}: no page views logged, though autocannon counted ${counted} 200 responses.`)
    else if (logged < counted)
      problems.push(`${page}: ${logged} page views logged, fewer than the ${counted} 200 responses autocannon counted.`)
    pageExcess += logged - counted
  }
  if (pageExcess > connections)
    problems.push(
      `${pageExcess} more page views logged than autocannon counted over all pages (at most ${connections} can be in flight when it stops).`,
    )
  const strays = Object.keys(views.byPage).filter((page) => !pages.includes(page))
  if (strays.length > 0) problems.push(`Page views logged for addresses that are not pages of the load test: ${strays.join(', ')}.`)

  return { pageViews: views.total, pages: Object.keys(views.byPage).length, lines: parsed.lines, responses, excess, pageExcess, problems }
}
