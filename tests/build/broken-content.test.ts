import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildInputs } from '@/scripts/lib/build-inputs.mjs'
import { MALFORMED, MALFORMED_DIR } from '@/tests/fixtures/malformed-content'

/**
 * The real `npm run build` script, in a temporary copy of the project whose
 * content has been broken on purpose: it must stop with a message naming the
 * file, the field and the reason, and leave the previous out/ alone.
 *
 * Only what needs a real build is here: the files contentlayer itself rejects,
 * and one file the content rules reject (the rules themselves, and every other
 * malformed file, are proven in process by tests/unit/malformed-content.test.ts
 * and lib/content/rules/). `npm run test:build` runs this file.
 */

const ROOT = process.cwd()

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
  for (const entry of buildInputs()) {
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
    const child = spawn('node', ['scripts/build/build.mjs'], {
      cwd: dir,
      env: { ...process.env, PWD: dir, NO_COLOR: '1', FORCE_COLOR: '0' },
    })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('close', (status) => resolve({ status, output }))
  })
}

/** The malformed files contentlayer rejects, and one the content rules reject, to prove the build runs them. */
const CASES = MALFORMED.filter((entry) => entry.rejectedBy === 'contentlayer' || entry.fixture === 'bad-date.mdx')

describe('npm run build with a malformed content file', () => {
  it('covers both steps that can reject content', () => {
    expect(new Set(CASES.map((entry) => entry.rejectedBy))).toEqual(new Set(['contentlayer', 'rules']))
  })

  it.concurrent.each(CASES)(
    '$fixture stops the build naming file, field and reason, and keeps the previous out/',
    async ({ fixture, into, message }) => {
      const dir = projectCopy(fixture.replace(/\W/g, '-'))
      fs.mkdirSync(path.dirname(path.join(dir, into)), { recursive: true })
      fs.copyFileSync(path.join(ROOT, MALFORMED_DIR, fixture), path.join(dir, into))
      const result = await buildAsync(dir)
      expect(result.status).not.toBe(0)
      if (typeof message === 'string') expect(result.output).toContain(message)
      else expect(result.output).toMatch(message)
      expect(result.output).toContain('Build stopped')
      expect(fs.readFileSync(path.join(dir, 'out', 'index.html'), 'utf8')).toBe('<p>previous good build</p>')
      expect(fs.existsSync(path.join(dir, 'out.staging'))).toBe(false)
    },
    180_000,
  )
})
