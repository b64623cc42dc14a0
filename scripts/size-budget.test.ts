import { describe, expect, it } from 'vitest'
import { pageAssets } from './size-budget.mjs'

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
    ].join('')
    expect(pageAssets(html)).toEqual({ css: ['/_next/static/chunks/a.css'], js: ['/_next/static/chunks/b.js', '/_next/static/chunks/c.js'] })
  })
})
