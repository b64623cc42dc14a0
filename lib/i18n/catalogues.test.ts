import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { catalogueProblems } from './messages'
import { CATALOGUES } from './catalogues'

const listMessageFiles = (dir: string): string[] =>
  fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /messages\.ts$/.test(entry.name) && !entry.name.includes('.test.'))
    .map((entry) => path.join(entry.parentPath, entry.name))

describe('interface catalogues', () => {
  it.each(Object.entries(CATALOGUES))('%s has every key in both languages, with the same placeholders', (_file, catalogue) => {
    expect(catalogueProblems(catalogue)).toEqual([])
  })

  it('lists every catalogue file, so none escapes the checks', () => {
    const listed = new Set(Object.keys(CATALOGUES).map((name) => name.split(' ')[0]))
    const onDisk = ['components', 'layouts', 'lib', 'tools']
      .flatMap(listMessageFiles)
      .filter((file) => fs.readFileSync(file, 'utf8').includes('defineMessages('))
    expect(onDisk.filter((file) => !listed.has(file))).toEqual([])
  })
})
