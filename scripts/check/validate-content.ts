/**
 * Runs the content rules over what `contentlayer2 build` just generated and
 * exits non-zero, naming file, field and reason, when anything is wrong.
 */
import { checkContent, formatIssue } from '../../lib/content/rules'
import { readContentInput, readGeneratedDocuments, todayIso } from '../../lib/content/source'

let issues
try {
  // The site config is checked here too, so a bad SITE_URL or EDITORIAL_EMAIL stops the build before anything is built.
  await import('../../lib/site/site-config')
  issues = checkContent(readContentInput(readGeneratedDocuments()), { today: todayIso() })
} catch (error) {
  console.error(`✖ ${(error as Error).message}`)
  process.exit(1)
}

if (issues.length > 0) {
  console.error(`\nThe content has ${issues.length} problem(s); nothing was built:\n`)
  for (const issue of issues) console.error(`  ✖ ${formatIssue(issue)}`)
  console.error('')
  process.exit(1)
}
console.log('Content check passed.')
