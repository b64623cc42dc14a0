import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { buildInputs, newestInputTime } from './build-inputs.mjs'

let dir = ''
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

function project(files: Record<string, number>) {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'build-inputs-'))
  for (const [file, seconds] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
    fs.writeFileSync(path.join(dir, file), '')
    fs.utimesSync(path.join(dir, file), seconds, seconds)
  }
  return dir
}

describe('build inputs', () => {
  it('counts every source folder, including ones no list names, and skips what is generated or installed', () => {
    const root = project({
      'app/page.tsx': 1,
      'islands/hydrate.ts': 1,
      'a-new-folder/x.ts': 1,
      'node_modules/x/index.js': 1,
      'out/index.html': 1,
      'out.staging/x': 1,
      '.contentlayer/x.json': 1,
    })
    expect(buildInputs(root)).toEqual(['a-new-folder', 'app', 'islands'])
  })

  it('sees an edit in islands/ (which npm start once missed) but not the bundles the build writes into public/islands/', () => {
    const root = project({
      'app/page.tsx': 100,
      'islands/hydrate.ts': 200,
      'public/islands/symptom-guide.js': 900,
      'public/favicon.ico': 50,
    })
    expect(newestInputTime(root)).toBe(200_000)
  })
})
