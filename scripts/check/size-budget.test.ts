import { describe, expect, it } from 'vitest'
import { pageAssets, withStaticImports } from './size-budget.mjs'

describe('pageAssets', () => {
  it('counts stylesheets, scripts and script preloads, but not nomodule fallbacks or data blocks', () => {
    const html = [
      '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>',
      '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/>',
      '<link rel="preload" as="image" href="/og.png"/>',
      '<script src="/_next/static/chunks/c.js" async=""></script>',
      '<script src="/_next/static/chunks/polyfills.js" noModule=""></script>',
      '<script type="application/ld+json">{}</script>',
      '<script src="/_next/static/chunks/b.js" async=""></script>',
      '<script type="module" src="/islands/site-search.js"></script>',
    ].join('')
    expect(pageAssets(html)).toEqual({
      css: ['/_next/static/chunks/a.css'],
      js: ['/_next/static/chunks/b.js', '/_next/static/chunks/c.js'],
      modules: ['/islands/site-search.js'],
    })
  })
})

describe('withStaticImports', () => {
  it("follows a module's static imports, once each", () => {
    const files: Record<string, string> = {
      '/islands/a.js': 'import{x}from"./chunks/shared.js";import"./chunks/style.js";',
      '/islands/chunks/shared.js': 'import{y}from"./inner.js";export const x=1',
      '/islands/chunks/inner.js': 'import{x}from"./shared.js";export const y=2',
      '/islands/chunks/style.js': '',
    }
    expect(withStaticImports('/islands/a.js', (file) => files[file]!).sort()).toEqual(Object.keys(files).sort())
  })
})
