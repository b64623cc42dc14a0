/**
 * `npx tsx scripts/check/readability-es.ts <file.mdx>...`: the Spanish readability figures of MDX files, for a
 * translator checking a draft before the content rules (which apply the same limits to every Spanish document) see it.
 */
import { readFileSync } from 'node:fs'
import { articleProse, wordsIn } from '../../lib/content/readability'
import { measureSpanishReadability, spanishReadabilityProblems, splitSpanishSentences } from '../../lib/content/readability-es'

let failed = false
for (const file of process.argv.slice(2)) {
  // The body only, as the content rules measure it: the frontmatter is not running prose.
  const source = readFileSync(file, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '')
  const result = measureSpanishReadability(source)
  const problems = spanishReadabilityProblems(result)
  failed ||= problems.length > 0
  console.log(
    `${file}: INFLESZ ${result.inflesz} (${result.band}), ${result.words} words, ${result.sentences} sentences, ${result.averageSentenceWords} words a sentence`,
  )
  const longest = articleProse(source)
    .flatMap(splitSpanishSentences)
    .map((sentence) => ({ sentence, words: wordsIn(sentence).length }))
    .sort((a, b) => b.words - a.words)
    .slice(0, 5)
  for (const { sentence, words } of longest) console.log(`  ${words} words: ${sentence}`)
  for (const problem of problems) console.log(`  PROBLEM: ${problem}`)
}
process.exitCode = failed ? 1 : 0
