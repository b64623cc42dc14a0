import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { finishPages, pagePathOf, withCspMeta } from './finish-pages.mjs'

const page = (body = '') =>
  [
    '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>',
    '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>',
    '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/>',
    '<script src="/_next/static/chunks/b.js" async=""></script>',
    '<script type="application/ld+json">{"@type":"WebSite"}</script>',
    `</head><body>${body}<script>self.__next_f.push([0])</script></body></html>`,
  ].join('')

const policyOf = (html: string) => /<meta http-equiv="Content-Security-Policy" content="([^"]+)"\/>/.exec(html)?.[1]

describe('withCspMeta', () => {
  it('puts the page policy straight after the charset, before any script', () => {
    const html = withCspMeta(page(), '/articles/x/')
    const meta = /<meta http-equiv="Content-Security-Policy" content="[^"]+"\/>/.exec(html)![0]
    expect(html.indexOf(meta)).toBe(html.indexOf('<meta charSet="utf-8"/>') + '<meta charSet="utf-8"/>'.length)
    expect(policyOf(html)).toContain("default-src 'self'; script-src 'self'; object-src 'none'")
  })

  it('lets only the search page compile WebAssembly', () => {
    expect(policyOf(withCspMeta(page(), '/search/'))).toContain("script-src 'self' 'wasm-unsafe-eval';")
    expect(policyOf(withCspMeta(page(), '/articles/x/'))).not.toContain('wasm-unsafe-eval')
  })

  it('refuses a page it cannot place a policy in, or one that already has one', () => {
    expect(() => withCspMeta('<html><head></head></html>', '/x/')).toThrow('/x/: no <meta charSet="utf-8"/>')
    expect(() => withCspMeta(withCspMeta(page(), '/x/'), '/x/')).toThrow('already has a Content Security Policy')
  })
})

describe('pagePathOf', () => {
  it('maps files in out/ to the paths they are served at', () => {
    expect(pagePathOf('out', 'out/index.html')).toBe('/')
    expect(pagePathOf('out', 'out/articles/x/index.html')).toBe('/articles/x/')
    expect(pagePathOf('out', 'out/404.html')).toBe('/404.html')
  })
})

describe('finishPages', () => {
  const exportOf = (files: Record<string, string>) => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'finish-pages-'))
    for (const [file, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(out, file)), { recursive: true })
      fs.writeFileSync(path.join(out, file), text)
    }
    return out
  }
  const listing = (out: string) =>
    fs
      .readdirSync(out, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(out, path.join(entry.parentPath, entry.name)))
      .sort()

  it('strips the runtime, gives each page its policy, and keeps only the files the pages use', () => {
    const out = exportOf({
      'index.html': page('<main>Home</main>'),
      'search/index.html': page('<script type="module" src="/islands/site-search.js"></script>'),
      'index.txt': '1:"$Sreact.fragment"\n2:I["/_next/static/chunks/b.js"]',
      '_next/static/chunks/a.css': '@font-face{src:url(../media/font.woff2)}',
      '_next/static/chunks/b.js': 'runtime',
      '_next/static/media/font.woff2': 'font',
      '_next/static/media/unused.svg': 'icon',
      '_next/static/build-id/_buildManifest.js': 'manifest',
      'islands/site-search.js': 'island',
    })
    expect(finishPages(out)).toEqual({
      pages: 2,
      withScripts: 1,
      payloadFiles: 1,
      unusedNextFiles: { files: 3, bytes: 'runtime'.length + 'icon'.length + 'manifest'.length },
    })
    expect(listing(out)).toEqual([
      '_headers',
      '_next/static/chunks/a.css',
      '_next/static/media/font.woff2',
      'index.html',
      'islands/site-search.js',
      'search/index.html',
    ])
    const home = fs.readFileSync(path.join(out, 'index.html'), 'utf8')
    expect(home).not.toMatch(/_next\/static\/chunks\/b\.js|__next_f/)
    expect(policyOf(home)).toContain("script-src 'self';")
    expect(policyOf(fs.readFileSync(path.join(out, 'search/index.html'), 'utf8'))).toContain("script-src 'self' 'wasm-unsafe-eval';")
    fs.rmSync(out, { recursive: true, force: true })
  })

  it('stops before rewriting any page when one keeps a script it does not know, naming the page and the tag', () => {
    const unknown = page('<script async src="/_next/static/chunks/c.js"></script>')
    const out = exportOf({ 'index.html': page(), 'articles/x/index.html': unknown })
    expect(() => finishPages(out)).toThrow('/articles/x/: <script async src="/_next/static/chunks/c.js">')
    expect(fs.readFileSync(path.join(out, 'index.html'), 'utf8')).toBe(page())
    expect(fs.readFileSync(path.join(out, 'articles/x/index.html'), 'utf8')).toBe(unknown)
    fs.rmSync(out, { recursive: true, force: true })
  })
})
