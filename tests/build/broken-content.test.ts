import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

/**
 * Runs the real `npm run build` script in a temporary copy of the project whose
 * content has been broken on purpose, and checks that it stops with a message
 * naming the file, the field and the reason, and leaves the previous out/ alone.
 */

const ROOT = process.cwd()
const COPY = ['app', 'components', 'layouts', 'lib', 'content', 'public', 'scripts', 'package.json', 'tsconfig.json', 'next.config.mjs', 'contentlayer.config.ts', 'postcss.config.mjs', 'tailwind.config.ts']

let workDir: string

beforeAll(() => {
  workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'botox-build-test-'))
})

afterAll(() => {
  fs.rmSync(workDir, { recursive: true, force: true })
})

function projectCopy(name: string): string {
  const dir = path.join(workDir, name)
  fs.mkdirSync(dir)
  for (const entry of COPY) {
    if (fs.existsSync(path.join(ROOT, entry))) fs.cpSync(path.join(ROOT, entry), path.join(dir, entry), { recursive: true })
  }
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir')
  // A previous good build that a failed build must not touch.
  fs.mkdirSync(path.join(dir, 'out'))
  fs.writeFileSync(path.join(dir, 'out', 'index.html'), '<p>previous good build</p>')
  return dir
}

/** Runs the real build script in the copy; asynchronous so that the cases can run side by side. */
function buildAsync(dir: string): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn('node', ['scripts/build.mjs'], { cwd: dir, env: { ...process.env, PWD: dir, NO_COLOR: '1', FORCE_COLOR: '0' } })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('close', (status) => resolve({ status, output }))
  })
}

function editFile(dir: string, file: string, edit: (text: string) => string) {
  const target = path.join(dir, file)
  fs.writeFileSync(target, edit(fs.readFileSync(target, 'utf8')))
}

/**
 * Malformed files from tests/fixtures/malformed-content, each added to an otherwise
 * good copy of the content: every one must stop the build with file, field and reason.
 */
const MALFORMED: { fixture: string; into: string; message: string | RegExp }[] = [
  {
    fixture: 'missing-title.mdx',
    into: 'content/articles/missing-title.mdx',
    message: /"articles\/missing-title\.mdx" \(of type "Article"\) is missing the following required fields:\s+• title: string/,
  },
  { fixture: 'bad-date.mdx', into: 'content/articles/bad-date.mdx', message: 'content/articles/bad-date.mdx › lastReviewed: is not a real calendar date' },
  { fixture: 'unknown-topic.mdx', into: 'content/articles/unknown-topic.mdx', message: 'content/articles/unknown-topic.mdx › topic: must be one of: side-effects' },
  {
    fixture: 'unknown-citation-key.mdx',
    into: 'content/articles/unknown-citation-key.mdx',
    message: 'content/articles/unknown-citation-key.mdx › citations.0: "NOT-A-REAL-KEY" is not in content/references.json',
  },
  { fixture: 'unknown-author.mdx', into: 'content/articles/unknown-author.mdx', message: 'content/articles/unknown-author.mdx › author: "dr-nobody" has no profile in content/authors' },
  { fixture: 'overdue-review.mdx', into: 'content/articles/overdue-review.mdx', message: 'content/articles/overdue-review.mdx › nextReviewDue: the review was due on 2024-01-01' },
  { fixture: 'invalid-author-url.json', into: 'content/authors/fixture-author.json', message: 'content/authors/fixture-author.json › sameAs.0: must be a full http(s) address' },
  {
    fixture: 'common-side-effects.mdx',
    into: 'content/articles/duplicates/common-side-effects.mdx',
    message: 'content/articles/duplicates/common-side-effects.mdx › slug: "common-side-effects" is already used by content/articles/common-side-effects.mdx',
  },
  { fixture: 'empty-body.mdx', into: 'content/articles/empty-body.mdx', message: 'content/articles/empty-body.mdx › body: is empty' },
  { fixture: 'broken-mdx.mdx', into: 'content/articles/broken-mdx.mdx', message: /"articles\/broken-mdx\.mdx": UnexpectedMDXError[\s\S]*Unexpected end of file in expression/ },
]

const FIXTURES = path.join(ROOT, 'tests/fixtures/malformed-content')

function expectStoppedWithGoodOutKept(dir: string, result: { status: number | null; output: string }, message: string | RegExp) {
  expect(result.status).not.toBe(0)
  if (typeof message === 'string') expect(result.output).toContain(message)
  else expect(result.output).toMatch(message)
  expect(result.output).toContain('Build stopped')
  expect(fs.readFileSync(path.join(dir, 'out', 'index.html'), 'utf8')).toBe('<p>previous good build</p>')
  expect(fs.existsSync(path.join(dir, 'out.staging'))).toBe(false)
}

describe('npm run build with a malformed content file', () => {
  it('has a fixture for every case, and nothing else in the fixture folder', () => {
    expect(MALFORMED.length).toBeGreaterThanOrEqual(10)
    expect(fs.readdirSync(FIXTURES).sort()).toEqual(MALFORMED.map((entry) => entry.fixture).sort())
  })

  it.concurrent.each(MALFORMED)('$fixture stops the build naming file, field and reason, and keeps the previous out/', async ({ fixture, into, message }) => {
    const dir = projectCopy(fixture.replace(/\W/g, '-'))
    fs.mkdirSync(path.dirname(path.join(dir, into)), { recursive: true })
    fs.copyFileSync(path.join(FIXTURES, fixture), path.join(dir, into))
    expectStoppedWithGoodOutKept(dir, await buildAsync(dir), message)
  }, 180_000)
})

describe('npm run build with a broken shared data file', () => {
  it('fails on a broken author profile, naming the field', async () => {
    const dir = projectCopy('bad-author')
    editFile(dir, 'content/authors/victor-beer.json', (text) => JSON.stringify({ ...JSON.parse(text), specialties: [] }))
    expectStoppedWithGoodOutKept(dir, await buildAsync(dir), 'content/authors/victor-beer.json › specialties: must list at least one specialty')
  }, 120_000)

  it('fails on a bad entry in a tool data file, naming file and field', async () => {
    const dir = projectCopy('bad-tool-data')
    editFile(dir, 'content/tools/symptom-guide.json', (text) => text.replace('"level": "emergency"', '"level": "whenever"'))
    expectStoppedWithGoodOutKept(dir, await buildAsync(dir), 'content/tools/symptom-guide.json › symptoms.0.level: must be "emergency", "urgent" or "routine"')
  }, 120_000)
})
