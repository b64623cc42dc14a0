import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { removePayloadFiles, stripRuntime } from './strip-runtime.mjs'

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

describe('removePayloadFiles', () => {
  it('deletes the React payloads and the folders they leave empty, and keeps everything else', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'payload-files-'))
    const files = ['index.html', 'index.txt', 'robots.txt', '__next._tree.txt', 'articles/x/index.html', 'articles/x/__next.articles.$d$slug.__PAGE__.txt', '_not-found/__next._full.txt']
    for (const file of files) {
      fs.mkdirSync(path.dirname(path.join(out, file)), { recursive: true })
      fs.writeFileSync(path.join(out, file), 'x')
    }
    expect(removePayloadFiles(out)).toBe(4)
    expect(fs.readdirSync(out, { recursive: true }).map(String).sort()).toEqual(['articles', 'articles/x', 'articles/x/index.html', 'index.html', 'robots.txt'])
    fs.rmSync(out, { recursive: true, force: true })
  })
})
