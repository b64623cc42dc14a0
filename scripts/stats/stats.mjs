/**
 * npm run stats [-- <log file>]: page views per day and per page from the site's access log (by default the
 * production one, ACCESS_LOG.path in lib/http-headers.mjs).
 *
 * A script of ours rather than GoAccess: the log is our own five-field format, which GoAccess would read only through
 * a custom format string kept in step with ACCESS_LOG by hand; GoAccess is not installed in CI; and the parser is
 * unit-tested and shared with the load test, which checks its counts against the requests it made.
 *
 * Bad input (a missing, empty, cut-off or foreign file) gets what could be counted, then one paragraph saying what
 * was wrong, and exit code 1; never a stack trace.
 */
import fs from 'node:fs'
import { ACCESS_LOG } from '../../lib/http-headers.mjs'
import { countPageViews, formatReport, parseAccessLog, unreadableMessage } from './access-log.mjs'

const USAGE = `Usage: npm run stats [-- <access log>]   (default ${ACCESS_LOG.path})`

/**
 * @param {string} file
 * @param {unknown} error
 */
function cannotRead(file, error) {
  const code = /** @type {NodeJS.ErrnoException} */ (error).code
  if (code === 'ENOENT') return `Cannot read ${file}: there is no such file. ${USAGE}`
  if (code === 'EACCES') return `Cannot read ${file}: permission denied. nginx's logs are readable by root and the adm group.`
  if (code === 'EISDIR') return `Cannot read ${file}: it is a folder. ${USAGE}`
  return `Cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`
}

/**
 * @param {string[]} args
 * @returns {number} the exit code
 */
function main(args) {
  if (args.length > 1 || args.some((arg) => arg.startsWith('-'))) {
    console.error(USAGE)
    return 2
  }
  const file = args[0] ?? ACCESS_LOG.path
  /** @type {Buffer} */
  let bytes
  try {
    bytes = fs.readFileSync(file)
  } catch (error) {
    console.error(cannotRead(file, error))
    return 1
  }
  // deploy/logrotate.conf keeps the logs uncompressed, but a copied one may have been gzipped on the way.
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    console.error(`Cannot read ${file}: it is gzip-compressed. Unpack it first (gunzip -k ${file}).`)
    return 1
  }
  const parsed = parseAccessLog(bytes.toString('utf8'))
  if (parsed.lines > 0) process.stdout.write(formatReport(file, parsed, countPageViews(parsed.entries)))
  const problem = unreadableMessage(file, parsed)
  if (problem === null) return 0
  console.error(problem)
  return 1
}

// `npm run stats | head` closes the pipe early: that is the reader's choice, not a failure.
process.stdout.on('error', (error) => process.exit(/** @type {NodeJS.ErrnoException} */ (error).code === 'EPIPE' ? 0 : 1))

try {
  process.exitCode = main(process.argv.slice(2))
} catch (error) {
  // A fault of this script, not of the log: still one line, not a stack trace.
  console.error(`npm run stats failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exitCode = 1
}
