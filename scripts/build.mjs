/**
 * npm run build: content → checks → static export in out/.
 *
 * Each step must pass before the next starts, so a bad article stops the build
 * before anything is written to out/. The previous out/ is kept aside while
 * Next builds and put back if the build fails, so a failed build never costs
 * the last good one.
 */
import fs from 'node:fs'
import * as pagefind from 'pagefind'
import { run } from './run.mjs'

const OUT = 'out'
const PREVIOUS = 'out.previous'

function stop(message) {
  console.error(`\n✖ Build stopped: ${message}\n`)
  process.exit(1)
}

if (run('contentlayer2', ['build']) !== 0) stop('contentlayer could not read the content (see the problem above: file, field and reason).')
if (run('tsx', ['scripts/validate-content.ts']) !== 0) stop('the content check failed (see the list above). out/ was not touched.')

fs.rmSync(PREVIOUS, { recursive: true, force: true })
if (fs.existsSync(OUT)) fs.renameSync(OUT, PREVIOUS)

if (run('next', ['build'], { env: { NEXT_TELEMETRY_DISABLED: '1' } }) !== 0) {
  fs.rmSync(OUT, { recursive: true, force: true })
  if (fs.existsSync(PREVIOUS)) fs.renameSync(PREVIOUS, OUT)
  stop('next build failed; the previous out/ was restored.')
}

// Site search: Pagefind indexes the built articles (the parts marked data-pagefind-body)
// into out/pagefind, which the search page loads from this same site.
try {
  const { index, errors } = await pagefind.createIndex({})
  if (!index) throw new Error(errors.join('; '))
  const added = await index.addDirectory({ path: OUT })
  if (added.errors.length > 0 || added.page_count === 0) throw new Error(added.errors.join('; ') || 'no pages were indexed')
  const written = await index.writeFiles({ outputPath: `${OUT}/pagefind` })
  if (written.errors.length > 0) throw new Error(written.errors.join('; '))
  console.log(`Search index: ${added.page_count} pages`)
} catch (error) {
  fs.rmSync(OUT, { recursive: true, force: true })
  if (fs.existsSync(PREVIOUS)) fs.renameSync(PREVIOUS, OUT)
  stop(`the search index could not be built (${error.message}); the previous out/ was restored.`)
} finally {
  await pagefind.close()
}

fs.rmSync(PREVIOUS, { recursive: true, force: true })
fs.writeFileSync(`${OUT}/.build-complete`, `${new Date().toISOString()}\n`)
console.log('\n✓ Static site written to out/')
