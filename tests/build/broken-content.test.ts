import { spawnSync } from 'node:child_process'
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

function build(dir: string) {
  const result = spawnSync('node', ['scripts/build.mjs'], { cwd: dir, encoding: 'utf8', env: { ...process.env, PWD: dir, NO_COLOR: '1', FORCE_COLOR: '0' } })
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` }
}

function editFile(dir: string, file: string, edit: (text: string) => string) {
  const target = path.join(dir, file)
  fs.writeFileSync(target, edit(fs.readFileSync(target, 'utf8')))
}

const ARTICLE = 'content/articles/common-side-effects.mdx'

describe('npm run build with broken content', () => {
  it('fails on an unknown topic, naming file, field and reason, and keeps the previous out/', () => {
    const dir = projectCopy('unknown-topic')
    editFile(dir, ARTICLE, (text) => text.replace(/^topic: .*$/m, 'topic: "gossip"'))
    const { status, output } = build(dir)
    expect(status).not.toBe(0)
    expect(output).toContain('content/articles/common-side-effects.mdx › topic: must be one of: side-effects')
    expect(output).toContain('Build stopped')
    expect(fs.readFileSync(path.join(dir, 'out', 'index.html'), 'utf8')).toBe('<p>previous good build</p>')
  })

  it('fails on a missing required field reported by contentlayer', () => {
    const dir = projectCopy('missing-title')
    editFile(dir, ARTICLE, (text) => text.replace(/^title: .*\n/m, ''))
    const { status, output } = build(dir)
    expect(status).not.toBe(0)
    expect(output).toMatch(/"articles\/common-side-effects\.mdx" \(of type "Article"\) is missing the following required fields:\s+• title: string/)
  })

  it('fails on MDX that does not compile, naming the file', () => {
    const dir = projectCopy('broken-mdx')
    editFile(dir, ARTICLE, (text) => `${text}\n\nA sentence with an unclosed {expression\n`)
    const { status, output } = build(dir)
    expect(status).not.toBe(0)
    expect(output).toContain('"articles/common-side-effects.mdx"')
    expect(output).toMatch(/Unexpected end of file in expression/)
  })

  it('fails on a citation key that is not in the reference library', () => {
    const dir = projectCopy('unknown-key')
    editFile(dir, ARTICLE, (text) =>
      text.replace(/^citations:\n/m, 'citations:\n  - "NOT-A-REAL-KEY"\n').replace(/\n## /, '\nA claim.<Cite source="NOT-A-REAL-KEY" />\n\n## '),
    )
    const { status, output } = build(dir)
    expect(status).not.toBe(0)
    expect(output).toContain('content/articles/common-side-effects.mdx › citations.0: "NOT-A-REAL-KEY" is not in content/references.json')
  })

  it('fails on a broken author profile, naming the field', () => {
    const dir = projectCopy('bad-author')
    editFile(dir, 'content/authors/victor-beer.json', (text) => JSON.stringify({ ...JSON.parse(text), specialties: [] }))
    const { status, output } = build(dir)
    expect(status).not.toBe(0)
    expect(output).toContain('content/authors/victor-beer.json › specialties: must list at least one specialty')
  })

  it('fails on a bad entry in a tool data file, naming file and field', () => {
    const dir = projectCopy('bad-tool-data')
    editFile(dir, 'content/tools/symptom-guide.json', (text) => text.replace('"level": "emergency"', '"level": "whenever"'))
    const { status, output } = build(dir)
    expect(status).not.toBe(0)
    expect(output).toContain('content/tools/symptom-guide.json › symptoms.0.level: must be "emergency", "urgent" or "routine"')
  })
}, 120_000)
