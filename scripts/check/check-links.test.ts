import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { checkLinks } from './check-links.mjs'

// Each test builds its own out/, so none depends on what another left behind.
let out = ''
beforeEach(() => {
  out = fs.mkdtempSync(path.join(os.tmpdir(), 'check-links-'))
})
afterEach(() => fs.rmSync(out, { recursive: true, force: true }))
const write = (file: string, html: string) => {
  fs.mkdirSync(path.dirname(path.join(out, file)), { recursive: true })
  fs.writeFileSync(path.join(out, file), html)
}

describe('checkLinks', () => {
  it('passes links to pages, files, sections and safe external links', () => {
    write(
      'index.html',
      '<a href="/articles/x/#risks">x</a><a href="https://example.org/" rel="noopener noreferrer">e</a><link rel="canonical" href="https://site.test/"/><img src="/og.png"/>',
    )
    write('articles/x/index.html', '<h2 id="risks">Risks</h2><a href="#risks">here</a><a href="../../">home</a>')
    write('og.png', 'png')
    expect(checkLinks(out, { origin: 'https://site.test' })).toEqual({ checked: 6, problems: [] })
  })

  it('reports a missing page, a missing section and an unsafe external link, naming the page', () => {
    write('articles/x/index.html', '<h2 id="risks">Risks</h2>')
    write(
      'broken/index.html',
      '<a href="/nowhere/">a</a><a href="/articles/x/#gone">b</a><a href="https://example.org/">c</a><script src="/_next/missing.js"></script>',
    )
    expect(checkLinks(out, { origin: 'https://site.test' }).problems).toEqual([
      '/broken/: a /nowhere/ leads to nothing in out/',
      '/broken/: /articles/x/#gone has no element with id "gone"',
      '/broken/: link to https://example.org/ lacks rel="noopener noreferrer"',
      '/broken/: script /_next/missing.js leads to nothing in out/',
    ])
  })

  it('reports a file under _next/ that no page uses', () => {
    write('_next/static/chunks/site.css', 'body{}')
    write('_next/static/chunks/runtime.js', 'runtime')
    write('styled/index.html', '<link rel="stylesheet" href="/_next/static/chunks/site.css"/>')
    const { problems } = checkLinks(out)
    expect(problems).toContain('/_next/static/chunks/runtime.js: shipped, but no page uses it')
    expect(problems.filter((problem) => problem.includes('site.css'))).toEqual([])
  })
})
