import fs from 'node:fs'
import { describe, expect, it } from 'vitest'
import { needsScript, NEEDS_SCRIPT, stripRuntime } from './strip-runtime.mjs'

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
  it('removes every framework script, preload and inline payload from a page with nothing interactive', () => {
    const stripped = stripRuntime(page('<main><p>Plain text.</p></main>'))
    expect(stripped).not.toMatch(/<script(?! type="application\/ld\+json")/)
    expect(stripped).not.toContain('rel="preload" as="script"')
    expect(stripped).toContain('<link rel="stylesheet" href="/_next/static/chunks/a.css"/>')
    expect(stripped).toContain('<script type="application/ld+json">{"@type":"WebSite"}</script>')
    expect(stripped).toContain('<main><p>Plain text.</p></main>')
  })

  it('leaves a page with an interactive part as it is', () => {
    const html = page(`<div ${NEEDS_SCRIPT}="true"><button>Copy</button></div>`)
    expect(needsScript(html)).toBe(true)
    expect(stripRuntime(html)).toBe(html)
  })
})

describe('client components', () => {
  const clientComponents = fs
    .readdirSync('components')
    .filter((file) => file.endsWith('.tsx') && !file.includes('.test.') && !file.includes('.examples.'))
    .filter((file) => /^['"]use client['"]/.test(fs.readFileSync(`components/${file}`, 'utf8')))

  // SelectedText is only ever rendered inside the checklist and the share bar, whose roots carry the mark.
  it.each(clientComponents.filter((file) => file !== 'SelectedText.tsx'))('%s marks its root as needing a script, so its page keeps the runtime', (file) => {
    expect(fs.readFileSync(`components/${file}`, 'utf8')).toContain(NEEDS_SCRIPT)
  })
})
