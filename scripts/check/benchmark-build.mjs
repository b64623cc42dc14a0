/**
 * npm run benchmark:build: how the build's cost grows with the library.
 * For each size (default 100 and 1,000), generates that many synthetic but
 * valid articles into a throwaway copy of the project (.benchmark/), runs the real
 * `npm run build` there, and reports wall time and the peak memory of the
 * whole process tree (sampled from /proc every 100 ms). A script, not a test:
 * it takes minutes and its figures depend on the machine.
 *
 *   node scripts/check/benchmark-build.mjs [sizes...]    e.g. node scripts/check/benchmark-build.mjs 100 1000
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { TOPIC_IDS } from '../../lib/content/topics.ts'
import { buildInputs } from '../lib/build-inputs.mjs'

const ROOT = process.cwd()
const KEYS = /** @type {{ key: string }[]} */ (JSON.parse(fs.readFileSync('content/references.json', 'utf8'))).map(
  (reference) => reference.key,
)

/** @param {number} index */
function syntheticArticle(index) {
  const keys = [0, 1, 2, 3].map((offset) => KEYS[(index * 4 + offset) % KEYS.length])
  const sections = Array.from({ length: 6 }, (_, section) =>
    [
      `## Section ${section + 1} of synthetic article ${index}`,
      '',
      `This paragraph stands in for real text. It has short sentences, as our articles do.<Cite source="${keys[section % 4]}" /> About 2 in 100 people had this in a trial.`,
      '',
      '- a first point in a list.',
      '- a second point in a list.',
      '',
    ].join('\n'),
  )
  return [
    '---',
    `title: "Synthetic article ${index}"`,
    `description: "A generated article used only to measure how the build grows with the number of articles."`,
    `topic: "${TOPIC_IDS[index % TOPIC_IDS.length]}"`,
    'keyPoints:',
    '  - "This is a generated article."',
    '  - "It is used to time the build."',
    '  - "It never reaches the real site."',
    'publishedAt: "2026-11-01"',
    'lastReviewed: "2026-11-01"',
    'nextReviewDue: "2027-11-01"',
    'author: "victor-beer"',
    'reviewer: "victor-beer"',
    'citations:',
    ...keys.map((key) => `  - "${key}"`),
    'related: []',
    'draft: false',
    '---',
    '',
    'An opening paragraph for a generated article.',
    '',
    ...sections,
    // Every article needs a care card (lib/content/rules/editorial.ts).
    '<CareCard level="urgent" title="Contact your clinic today if:">',
    '',
    '- a generated symptom gets worse.',
    '',
    '</CareCard>',
    '',
  ].join('\n')
}

/**
 * Resident memory of a process and all its descendants, in bytes, from /proc.
 * @param {number} rootPid
 * @returns {number}
 */
function treeRss(rootPid) {
  /** @type {Map<number, number[]>} */
  const children = new Map()
  /** @type {Map<number, number>} */
  const rss = new Map()
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8')
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      const parent = Number(fields[1])
      rss.set(Number(entry), Number(fields[21]) * 4096)
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)])
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0
  /** @param {number} pid */
  const visit = (pid) => {
    total += rss.get(pid) ?? 0
    for (const child of children.get(pid) ?? []) visit(child)
  }
  visit(rootPid)
  return total
}

/** @param {number} size */
async function benchmark(size) {
  // Inside the project, because Turbopack resolves packages only within the folder that holds the lockfile.
  const dir = path.join(ROOT, '.benchmark', `articles-${size}`)
  fs.rmSync(dir, { recursive: true, force: true })
  fs.mkdirSync(dir, { recursive: true })
  for (const entry of buildInputs()) fs.cpSync(path.join(ROOT, entry), path.join(dir, entry), { recursive: true })
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir')
  const articles = path.join(dir, 'content', 'articles', 'synthetic')
  fs.mkdirSync(articles, { recursive: true })
  const real = fs.readdirSync('content/articles').filter((file) => file.endsWith('.mdx')).length
  for (let index = 0; index < size - real; index += 1)
    fs.writeFileSync(path.join(articles, `synthetic-article-${index}.mdx`), syntheticArticle(index))

  const started = Date.now()
  const child = spawn('node', ['scripts/build/build.mjs'], {
    cwd: dir,
    env: { ...process.env, PWD: dir, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout.on('data', (chunk) => (output += chunk))
  child.stderr.on('data', (chunk) => (output += chunk))
  let peak = 0
  const sampler = setInterval(() => (peak = Math.max(peak, child.pid === undefined ? 0 : treeRss(child.pid))), 100)
  const status = await new Promise((resolve) => child.on('close', resolve))
  clearInterval(sampler)
  const seconds = (Date.now() - started) / 1000
  const pages =
    status === 0
      ? fs.readdirSync(path.join(dir, 'out', 'articles'), { withFileTypes: true }).filter((entry) => entry.isDirectory()).length
      : 0
  if (status !== 0) throw new Error(`the build of ${size} articles failed (the copy is kept in ${dir}):\n${output.slice(-3000)}`)
  fs.rmSync(dir, { recursive: true, force: true })
  return { articles: size, builtArticlePages: pages, seconds: Math.round(seconds * 10) / 10, peakMemoryMb: Math.round(peak / 1024 / 1024) }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const sizes = process.argv.slice(2).map(Number).filter(Boolean)
  const results = []
  for (const size of sizes.length > 0 ? sizes : [100, 1000]) {
    const result = await benchmark(size)
    results.push(result)
    console.log(
      `${result.articles} articles: built in ${result.seconds} s, peak memory ${result.peakMemoryMb} MB (${result.builtArticlePages} article pages)`,
    )
  }
  fs.mkdirSync('test-results', { recursive: true })
  fs.writeFileSync(
    'test-results/build-benchmark.json',
    `${JSON.stringify({ cpus: os.cpus().length, node: process.version, results }, null, 2)}\n`,
  )
  console.log('\n| Articles | Build time (s) | Peak memory (MB) |\n|---|---|---|')
  for (const result of results) console.log(`| ${result.articles} | ${result.seconds} | ${result.peakMemoryMb} |`)
}
