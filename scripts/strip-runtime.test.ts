import fs from 'node:fs'
import { describe, expect, it } from 'vitest'
import { ISLANDS } from '../islands/registry'
import { islandEntries } from './build-islands.mjs'
import { stripRuntime } from './strip-runtime.mjs'

const page = (body: string) =>
  [
    '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>',
    '<link rel="stylesheet" href="/_next/static/chunks/a.css"/>',
    '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/>',
    '<script src="/_next/static/chunks/b.js" async=""></script>',
    '<script src="/_next/static/chunks/polyfills.js" noModule=""></script>',
    '</head><body>',
    body,
    '<script id="_R_">globalThis.TURBOPACK = []</script>',
    '<script>self.__next_f.push([1,"payload"])</script>',
    '<script type="application/ld+json">{"@type":"WebSite"}</script>',
    '</body></html>',
  ].join('')

describe('stripRuntime', () => {
  it('removes every framework script, preload and inline payload, and keeps data blocks and island scripts', () => {
    const island = '<div data-island="site-search"><form></form></div><script type="application/json" data-island-props="site-search">{}</script><script type="module" src="/islands/site-search.js"></script>'
    const stripped = stripRuntime(page(`<main><p>Plain text.</p>${island}</main>`))
    expect(stripped).not.toContain('/_next/static/chunks/b.js')
    expect(stripped).not.toContain('polyfills.js')
    expect(stripped).not.toContain('__next_f')
    expect(stripped).not.toContain('TURBOPACK')
    expect(stripped).toContain('<link rel="stylesheet" href="/_next/static/chunks/a.css"/>')
    expect(stripped).toContain('<script type="application/ld+json">{"@type":"WebSite"}</script>')
    expect(stripped).toContain(`<main><p>Plain text.</p>${island}</main>`)
  })
})

describe('islands', () => {
  const clientComponents = fs
    .readdirSync('components')
    .filter((file) => file.endsWith('.tsx') && !file.includes('.test.') && !file.includes('.examples.'))
    .filter((file) => /^['"]use client['"]/.test(fs.readFileSync(`components/${file}`, 'utf8')))
    .map((file) => file.replace(/\.tsx$/, ''))

  it('has one browser entry per registered island, mounting that island', () => {
    expect(islandEntries()).toEqual(Object.keys(ISLANDS).sort())
    for (const [name, component] of Object.entries(ISLANDS)) {
      expect(fs.readFileSync(`islands/${name}.ts`, 'utf8')).toContain(`mountIslands('${name}', ${component.name})`)
    }
  })

  it('registers every client component (the runtime is stripped, so nothing else would run it)', () => {
    // SelectedText is only ever rendered inside the checklist, which is an island.
    expect(clientComponents.filter((name) => name !== 'SelectedText').sort()).toEqual(Object.values(ISLANDS).map((component) => component.name).sort())
  })
})
