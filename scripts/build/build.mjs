/**
 * npm run build: content → checks → islands (browser bundles and their server
 * renderer) → static export → runtime stripped and checked, unused runtime files removed, security policy → search
 * index → precompressed copies → out/.
 *
 * Each step must pass before the next starts, so a bad article stops the build
 * before anything is written. Next exports into a staging folder; only when
 * every step has succeeded does the staging folder replace out/, in two
 * renames. A failed build never costs the last good one.
 */
import fs from 'node:fs'
import * as pagefind from 'pagefind'
import { finishPages } from './finish-pages.mjs'
import { buildIslands } from './build-islands.mjs'
import { precompress } from './precompress.mjs'
import { run } from '../lib/run.mjs'

const OUT = 'out'
const STAGING = 'out.staging'
const PREVIOUS = 'out.previous'

/** @param {unknown} error */
const reason = (error) => (error instanceof Error ? error.message : String(error))

/**
 * @param {string} message
 * @returns {never}
 */
function stop(message) {
  fs.rmSync(STAGING, { recursive: true, force: true })
  console.error(`\n✖ Build stopped: ${message} out/ was not touched.\n`)
  process.exit(1)
}

if (run('contentlayer2', ['build']) !== 0) stop('contentlayer could not read the content (see the problem above: file, field and reason).')
if (run('tsx', ['scripts/check/validate-content.ts']) !== 0) stop('the content check failed (see the list above).')

// Before Next: it renders each island with the bundled server renderer and copies the browser bundles from public/.
try {
  const islands = await buildIslands()
  console.log(
    `Islands: ${islands.names.join(', ')}, with the share bar and the no-JS stylesheet (${(islands.browserBytes / 1024).toFixed(1)} kB before compression)`,
  )
} catch (error) {
  stop(`the browser code could not be bundled (${reason(error)}).`)
}

fs.rmSync(STAGING, { recursive: true, force: true })
if (run('next', ['build'], { env: { NEXT_TELEMETRY_DISABLED: '1', NEXT_EXPORT_DIR: STAGING } }) !== 0) stop('next build failed.')

try {
  const { pages, withScripts, payloadFiles, unusedNextFiles } = finishPages(STAGING)
  console.log(
    `Pages: ${pages}, of which ${withScripts} load a script of their own; none loads the framework runtime, checked against the allow-list.`,
  )
  console.log(
    `Removed what no page uses: ${payloadFiles} payload files and ${unusedNextFiles.files} files of Next's (${(unusedNextFiles.bytes / 1024).toFixed(0)} kB).`,
  )
} catch (error) {
  stop(`the pages could not be finished (${reason(error)}).`)
}

// Site search: Pagefind indexes the built articles (the parts marked data-pagefind-body)
// into pagefind/, which the search page loads from this same site.
try {
  const { index, errors } = await pagefind.createIndex({})
  if (!index) throw new Error(errors.join('; '))
  const added = await index.addDirectory({ path: STAGING })
  if (added.errors.length > 0 || added.page_count === 0) throw new Error(added.errors.join('; ') || 'no pages were indexed')
  const written = await index.writeFiles({ outputPath: `${STAGING}/pagefind` })
  if (written.errors.length > 0) throw new Error(written.errors.join('; '))
  console.log(`Search index: ${added.page_count} pages`)
} catch (error) {
  stop(`the search index could not be built (${reason(error)}).`)
} finally {
  await pagefind.close()
}

const compressed = precompress(STAGING)
console.log(
  `Precompressed ${compressed.files} files: ${(compressed.before / 1024).toFixed(0)} kB → ${(compressed.after / 1024).toFixed(0)} kB gzipped`,
)

fs.writeFileSync(`${STAGING}/.build-complete`, `${new Date().toISOString()}\n`)
fs.rmSync(PREVIOUS, { recursive: true, force: true })
if (fs.existsSync(OUT)) fs.renameSync(OUT, PREVIOUS)
fs.renameSync(STAGING, OUT)
fs.rmSync(PREVIOUS, { recursive: true, force: true })
console.log('\n✓ Static site written to out/')
