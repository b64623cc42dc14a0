import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { assertStripped, removePayloadFiles, removeUnusedNextFiles, stripRuntime, unusedNextFiles } from './strip-runtime.mjs'

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
    const island =
      '<div data-island="site-search"><form></form></div><script type="application/json" data-island-props="site-search">{}</script><script type="module" src="/islands/site-search.js"></script>'
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

// What a finished page may hold, in the form the build writes it today.
const ALLOWED_HEAD = [
  '<link rel="stylesheet" href="/_next/static/chunks/0-vo_85m9tgmw.css" data-precedence="next"/>',
  '<link rel="icon" href="/icon.svg?icon.2dnyvzf6fby1y.svg" sizes="any" type="image/svg+xml"/>',
  '<link rel="preload" as="font" type="font/woff2" href="/_next/static/media/a.woff2" crossorigin=""/>',
  '<noscript><link rel="stylesheet" href="/no-js.css"/></noscript>',
].join('')
const ALLOWED_BODY = [
  '<div hidden=""><!--$--><!--/$--></div>',
  '<script type="application/ld+json">{"@context":"https://schema.org","@type":"MedicalWebPage","name":"A \\u003cb\\u003e"}</script>',
  '<div data-island="site-search"><form></form></div>',
  '<script type="application/json" data-island-props="site-search">{"label":"Search"}</script>',
  '<script type="module" src="/islands/site-search.js"></script>',
  '<script type="module" src="/islands/share-bar.js"></script>',
].join('')
const finished = (extra = '', where: 'head' | 'body' = 'body') =>
  `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>${ALLOWED_HEAD}${where === 'head' ? extra : ''}</head><body>${ALLOWED_BODY}${where === 'body' ? extra : ''}</body></html>`

describe('assertStripped', () => {
  it('passes the scripts and links a finished page really holds', () => {
    expect(() => assertStripped(finished(), '/search/')).not.toThrow()
    expect(() => assertStripped(stripRuntime(page(ALLOWED_BODY)), '/articles/x/')).not.toThrow()
  })

  // Each way a Next upgrade could change its markup so that the strip's patterns miss it.
  // The tag the error must name is the fixture's opening tag unless given.
  const leftovers: [string, string, 'head' | 'body', string?][] = [
    ['a script with its attributes in another order', '<script async="" src="/_next/static/chunks/b.js"></script>', 'body'],
    ['a script chunk with async before src', '<script async src="/_next/static/chunks/b.js"></script>', 'body'],
    ['a typed React payload', '<script type="text/x-component">self.__next_f.push([1,"x"])</script>', 'body'],
    ['a payload typed as JSON', '<script type="application/json">self.__next_f.push([1,"x"])</script>', 'body'],
    ['a payload inside valid JSON', '<script type="application/json" data-island-props="x">["self.__next_f.push(1)"]</script>', 'body'],
    [
      'JSON with an id the island runtime does not read',
      '<script type="application/json" id="__NEXT_DATA__">{"props":{}}</script>',
      'body',
    ],
    ['an inline bootstrap with a type', '<script type="text/javascript">$RC("B:0","S:0")</script>', 'body'],
    ['an inline module', '<script type="module">import "/islands/site-search.js"</script>', 'body'],
    ['a module from Next', '<script type="module" src="/_next/static/chunks/c.js"></script>', 'body'],
    ['a module from elsewhere', '<script type="module" src="https://cdn.example/x.js"></script>', 'body'],
    ['a module with async', '<script type="module" async src="/islands/site-search.js"></script>', 'body'],
    ['an untyped inline script with a new attribute', '<script nonce="n0">(self.__next_f=self.__next_f||[]).push([0])</script>', 'body'],
    ['a script preload in another attribute order', '<link as="script" rel="preload" href="/_next/static/chunks/b.js"/>', 'head'],
    ['a script preload with its rel in capitals', '<link rel="Preload" href="/islands/site-search.js" as="Script"/>', 'head'],
    ['a modulepreload', '<link rel="modulepreload" href="/islands/chunks/chunk-A.js"/>', 'head'],
    ['a script prefetch without as', '<link rel="prefetch" href="/_next/static/chunks/d.js"/>', 'head'],
    ['a chunk named in another attribute', '<div data-src="/_next/static/chunks/e.js"></div>', 'body'],
    ['an inline event handler', '<img src="/og.png" alt="" onerror="alert(1)"/>', 'body'],
    ['a javascript: link', '<a href="javascript:void 0">x</a>', 'body'],
    ['a script inside noscript', '<noscript><script src="/x.js"></script></noscript>', 'head', '<script src="/x.js">'],
    ['a payload left in a template', '<template><div id="S:0">self.__next_f.push([1])</div></template>', 'body', '<div id="S:0">'],
  ]
  for (const [name, tag, where, expectedTag = /^<[^>]+>/.exec(tag)![0]] of leftovers) {
    it(`stops at ${name}, naming the page and the tag`, () => {
      const html = stripRuntime(finished(tag, where))
      let message = ''
      try {
        assertStripped(html, '/articles/x/')
      } catch (error) {
        message = (error as Error).message
      }
      expect(message).toMatch(/Next's runtime was not fully stripped/)
      const line = message.split('\n').find((candidate) => candidate.startsWith('/articles/x/: '))
      expect(line, message).toBeDefined()
      expect(line).toContain(`/articles/x/: ${expectedTag}: `)
    })
  }

  it('lists every offending tag at once', () => {
    const html = finished('<script async src="/_next/a.js"></script><link rel="modulepreload" href="/_next/b.js"/>')
    expect(() => assertStripped(html, '/')).toThrow(
      /\/: <script async src="\/_next\/a.js">.*\n\/: <link rel="modulepreload" href="\/_next\/b.js"\/>/,
    )
  })
})

describe('removePayloadFiles', () => {
  it('deletes the React payloads and the folders they leave empty, and keeps everything else', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'payload-files-'))
    const files = [
      'index.html',
      'index.txt',
      'robots.txt',
      '__next._tree.txt',
      'articles/x/index.html',
      'articles/x/__next.articles.$d$slug.__PAGE__.txt',
      '_not-found/__next._full.txt',
    ]
    for (const file of files) {
      fs.mkdirSync(path.dirname(path.join(out, file)), { recursive: true })
      fs.writeFileSync(path.join(out, file), 'x')
    }
    expect(removePayloadFiles(out)).toBe(4)
    expect(fs.readdirSync(out, { recursive: true }).map(String).sort()).toEqual([
      'articles',
      'articles/x',
      'articles/x/index.html',
      'index.html',
      'robots.txt',
    ])
    fs.rmSync(out, { recursive: true, force: true })
  })
})

describe('unusedNextFiles and removeUnusedNextFiles', () => {
  const files: Record<string, string> = {
    'index.html':
      '<link rel="stylesheet" href="/_next/static/chunks/site.css"/><meta property="og:image" content="https://site.test/_next/static/media/og.png?v=1"/>',
    'manifest.webmanifest': '{"icons":[{"src":"/_next/static/media/icon.png"}]}',
    '_next/static/chunks/site.css':
      '@import "./more.css";@font-face{src:url(../media/font.woff2) format("woff2")}body{background:url("data:image/png;base64,AA")}',
    '_next/static/chunks/site.css.gz': 'gz',
    '_next/static/chunks/more.css': ".x{background:url('/_next/static/media/dot.svg')}",
    '_next/static/media/font.woff2': 'font',
    '_next/static/media/dot.svg': 'svg',
    '_next/static/media/og.png': 'png',
    '_next/static/media/icon.png': 'png',
    '_next/static/chunks/runtime.js': 'runtime',
    '_next/static/chunks/runtime.js.gz': 'gz',
    '_next/static/media/unused.woff2': 'font',
    '_next/static/build/_buildManifest.js': 'manifest',
  }
  const exportOf = () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'next-files-'))
    for (const [file, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(out, file)), { recursive: true })
      fs.writeFileSync(path.join(out, file), text)
    }
    return out
  }
  const unused = [
    '_next/static/build/_buildManifest.js',
    '_next/static/chunks/runtime.js',
    '_next/static/chunks/runtime.js.gz',
    '_next/static/media/unused.woff2',
  ]

  it('finds the files under _next/ that no page, stylesheet or other file uses', () => {
    const out = exportOf()
    expect(unusedNextFiles(out).map((file) => path.relative(out, file))).toEqual(unused)
    fs.rmSync(out, { recursive: true, force: true })
  })

  it('deletes them and the folders they leave empty, and keeps what is used', () => {
    const out = exportOf()
    expect(removeUnusedNextFiles(out)).toEqual({ files: 4, bytes: unused.reduce((sum, file) => sum + files[file]!.length, 0) })
    expect(unusedNextFiles(out)).toEqual([])
    expect(fs.existsSync(path.join(out, '_next/static/build'))).toBe(false)
    expect(
      Object.keys(files)
        .filter((file) => !unused.includes(file))
        .every((file) => fs.existsSync(path.join(out, file))),
    ).toBe(true)
    fs.rmSync(out, { recursive: true, force: true })
  })
})
