/**
 * npm run benchmark:build: how the build's cost grows with the library.
 * For each size (default 100 and 1,000), generates that many synthetic but
 * valid articles, each with its Spanish twin (content/es/articles/, made to pass
 * lib/content/rules/translations.ts), into a throwaway copy of the project
 * (.benchmark/), runs the real `npm run build` there, so both editions are
 * built, and reports wall time, the peak memory of the whole process tree
 * (sampled from /proc every 100 ms) and the pages built per language. A
 * script, not a test: it takes minutes and its figures depend on the machine.
 *
 *   node scripts/check/benchmark-build.mjs [sizes...]    e.g. node scripts/check/benchmark-build.mjs 100 1000
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileHash } from '../../lib/content/source.ts'
import { TOPIC_IDS } from '../../lib/content/topics.ts'
import { buildInputs } from '../lib/build-inputs.mjs'

const ROOT = process.cwd()
const KEYS = /** @type {{ key: string }[]} */ (JSON.parse(fs.readFileSync('content/references.json', 'utf8'))).map(
  (reference) => reference.key,
)

/**
 * The four references a synthetic article (and its Spanish twin) cites.
 * @param {number} index
 */
const syntheticKeys = (index) => [0, 1, 2, 3].map((offset) => KEYS[(index * 4 + offset) % KEYS.length])

/**
 * The number a synthetic article shows in its title and headings, at least four digits long: the care-card rules
 * (lib/content/rules/care-cards.ts) reject a standalone 112, 911 or 999 as a hand-typed emergency number.
 * @param {number} index
 */
const syntheticNumber = (index) => String(index).padStart(4, '0')

/** @param {number} index */
function syntheticArticle(index) {
  const keys = syntheticKeys(index)
  const sections = Array.from({ length: 6 }, (_, section) =>
    [
      `## Section ${section + 1} of synthetic article ${syntheticNumber(index)}`,
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
    `title: "Synthetic article ${syntheticNumber(index)}"`,
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
 * The Spanish twin of syntheticArticle(index): only the fields a translation holds, the English file's hash, the
 * same citations and the same care card (its title translated), in short plain sentences (INFLESZ well above 55).
 * The English source has no reviewChanges, so neither has the twin.
 * @param {number} index
 * @param {string} english the English file's text, exactly as written
 */
function syntheticTranslation(index, english) {
  const keys = syntheticKeys(index)
  const sections = Array.from({ length: 6 }, (_, section) =>
    [
      `## Sección ${section + 1} del artículo sintético ${syntheticNumber(index)}`,
      '',
      `Este párrafo ocupa el lugar de un texto real. Tiene frases cortas, como nuestros artículos.<Cite source="${keys[section % 4]}" /> Unas 2 de cada 100 personas lo tuvieron en un ensayo.`,
      '',
      '- un primer punto de una lista.',
      '- un segundo punto de una lista.',
      '',
    ].join('\n'),
  )
  return [
    '---',
    `title: "Artículo sintético ${syntheticNumber(index)}"`,
    `description: "Un artículo generado que solo sirve para medir cómo crece la compilación con el número de artículos."`,
    'keyPoints:',
    '  - "Este es un artículo generado."',
    '  - "Sirve para medir el tiempo de la compilación."',
    '  - "Nunca llega al sitio real."',
    `sourceHash: "${fileHash(english)}"`,
    'translatedAt: "2026-11-01"',
    'reviewChanges: []',
    '---',
    '',
    'Un primer párrafo para un artículo generado.',
    '',
    ...sections,
    '<CareCard level="urgent" title="Llame hoy a su clínica si:">',
    '',
    '- un síntoma generado empeora.',
    '',
    '</CareCard>',
    '',
  ].join('\n')
}

/**
 * Pages built per language: every index.html under out/es is a Spanish page, every other one an English page.
 * @param {string} out
 */
function pagesPerLanguage(out) {
  const pages = { en: 0, es: 0 }
  for (const file of /** @type {string[]} */ (fs.readdirSync(out, { recursive: true }))) {
    if (path.basename(file) !== 'index.html') continue
    if (file.split(path.sep)[0] === 'es') pages.es += 1
    else pages.en += 1
  }
  return pages
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
  // Translations sit flat in content/es/articles (contentlayer.config.ts), named by the English file's slug.
  const translations = path.join(dir, 'content', 'es', 'articles')
  fs.mkdirSync(articles, { recursive: true })
  fs.mkdirSync(translations, { recursive: true })
  const real = fs.readdirSync('content/articles').filter((file) => file.endsWith('.mdx')).length
  for (let index = 0; index < size - real; index += 1) {
    const english = syntheticArticle(index)
    fs.writeFileSync(path.join(articles, `synthetic-article-${index}.mdx`), english)
    fs.writeFileSync(path.join(translations, `synthetic-article-${index}.mdx`), syntheticTranslation(index, english))
  }

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
  if (status !== 0) throw new Error(`the build of ${size} articles failed (the copy is kept in ${dir}):\n${output.slice(-3000)}`)
  /** @param {string} folder */
  const articlePages = (folder) =>
    fs.readdirSync(path.join(dir, folder), { withFileTypes: true }).filter((entry) => entry.isDirectory()).length
  const builtArticlePages = articlePages('out/articles')
  const builtSpanishArticlePages = articlePages('out/es/articles')
  const pages = pagesPerLanguage(path.join(dir, 'out'))
  fs.rmSync(dir, { recursive: true, force: true })
  return {
    articles: size,
    builtArticlePages,
    builtSpanishArticlePages,
    pages,
    seconds: Math.round(seconds * 10) / 10,
    peakMemoryMb: Math.round(peak / 1024 / 1024),
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const sizes = process.argv.slice(2).map(Number).filter(Boolean)
  const results = []
  for (const size of sizes.length > 0 ? sizes : [100, 1000]) {
    const result = await benchmark(size)
    results.push(result)
    console.log(
      `${result.articles} articles in each language: built in ${result.seconds} s, peak memory ${result.peakMemoryMb} MB (${result.builtArticlePages} English and ${result.builtSpanishArticlePages} Spanish article pages; ${result.pages.en} English and ${result.pages.es} Spanish pages in all)`,
    )
  }
  fs.mkdirSync('test-results', { recursive: true })
  fs.writeFileSync(
    'test-results/build-benchmark.json',
    `${JSON.stringify({ cpus: os.cpus().length, node: process.version, results }, null, 2)}\n`,
  )
  console.log(
    '\n| Articles (per language) | Build time (s) | Peak memory (MB) | Pages built (en) | Pages built (es) |\n|---|---|---|---|---|',
  )
  for (const result of results)
    console.log(`| ${result.articles} | ${result.seconds} | ${result.peakMemoryMb} | ${result.pages.en} | ${result.pages.es} |`)
}
