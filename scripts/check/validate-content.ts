/**
 * Runs the content rules over what `contentlayer2 build` just generated and
 * exits non-zero, naming file, field and reason, when anything is wrong.
 */
import fs from 'node:fs'
import path from 'node:path'
import { checkContent, formatIssue } from '../../lib/content/rules'
import { readContentInput, todayIso, type GeneratedDocument } from '../../lib/content/source'

const generatedDir = path.resolve('.contentlayer/generated')
const readIndex = (type: string): GeneratedDocument[] => {
  const file = path.join(generatedDir, type, '_index.json')
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as GeneratedDocument[]) : []
}

let issues
try {
  // The site config is checked here too, so a bad SITE_URL or EDITORIAL_EMAIL stops the build before anything is built.
  await import('../../lib/site/site-config')
  issues = checkContent(readContentInput({ articles: readIndex('Article'), pages: readIndex('Page') }), { today: todayIso() })
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
