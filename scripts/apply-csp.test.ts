import crypto from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { inlineScriptHashes, pagePathOf, withCspMeta } from './apply-csp.mjs'

const sha256 = (text: string) => crypto.createHash('sha256').update(text).digest('base64')
const page = [
  '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>',
  '<script src="/_next/static/chunks/a.js" async=""></script>',
  '<script>self.__next_f.push([0])</script>',
  '<script id="_R_">globalThis.x = 1</script>',
  '<script type="application/ld+json">{"@type":"WebSite"}</script>',
  '</head><body></body></html>',
].join('')

describe('inlineScriptHashes', () => {
  it('hashes each inline script the browser runs, byte for byte, and skips external scripts and JSON-LD', () => {
    expect(inlineScriptHashes(page)).toEqual([sha256('self.__next_f.push([0])'), sha256('globalThis.x = 1')])
  })
})

describe('withCspMeta', () => {
  it('puts the page policy straight after the charset, before any script', () => {
    const html = withCspMeta(page, '/articles/x/')
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"\/>/.exec(html)
    expect(html.indexOf(meta![0])).toBe(html.indexOf('<meta charSet="utf-8"/>') + '<meta charSet="utf-8"/>'.length)
    expect(meta![1]).toContain(`script-src 'self' 'sha256-${sha256('self.__next_f.push([0])')}' 'sha256-${sha256('globalThis.x = 1')}'`)
    expect(meta![1]).not.toContain('wasm-unsafe-eval')
  })

  it('lets only the search page compile WebAssembly', () => {
    expect(withCspMeta(page, '/search/')).toContain("script-src 'self' 'wasm-unsafe-eval'")
  })

  it('refuses a page it cannot place a policy in, or one that already has one', () => {
    expect(() => withCspMeta('<html><head></head></html>', '/x/')).toThrow('/x/: no <meta charSet="utf-8"/>')
    expect(() => withCspMeta(withCspMeta(page, '/x/'), '/x/')).toThrow('already has a Content Security Policy')
  })
})

describe('pagePathOf', () => {
  it('maps files in out/ to the paths they are served at', () => {
    expect(pagePathOf('out', 'out/index.html')).toBe('/')
    expect(pagePathOf('out', 'out/articles/x/index.html')).toBe('/articles/x/')
    expect(pagePathOf('out', 'out/404.html')).toBe('/404.html')
  })
})
