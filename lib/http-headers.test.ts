import fs from 'node:fs'
import { describe, expect, it } from 'vitest'
import { PRODUCTION_NGINX } from '../scripts/build/generate-headers.mjs'
import {
  CACHE_CONTROL,
  cacheControlFor,
  HEADER_CSP,
  nginxConfig,
  pageCsp,
  SECURITY_HEADERS,
  serializeCsp,
  staticHostHeaders,
  WEBASSEMBLY_PAGES,
} from './http-headers.mjs'

const REQUIRED = {
  'object-src': "'none'",
  'base-uri': "'self'",
  'form-action': "'self'",
  'img-src': "'self' data:",
  'connect-src': "'self'",
}

describe('the Content Security Policy', () => {
  const page = pageCsp('/articles/common-side-effects/')
  const search = pageCsp('/search/')

  it('never allows inline scripts or eval by keyword, in either policy', () => {
    for (const policy of [serializeCsp(HEADER_CSP), serializeCsp(page), serializeCsp(search)]) {
      expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'|'sha256-|'nonce-|\*/)
    }
  })

  it('allows scripts only from the site', () => {
    expect(page['script-src']).toEqual(["'self'"])
    expect(page['default-src']).toEqual(["'self'"])
  })

  it('allows WebAssembly compilation only on the search page', () => {
    expect(WEBASSEMBLY_PAGES).toEqual(['/search/'])
    expect(search['script-src']).toEqual(["'self'", "'wasm-unsafe-eval'"])
    for (const path of ['/', '/search', '/articles/', '/is-this-normal/']) expect(pageCsp(path)['script-src']).toEqual(["'self'"])
  })

  it('carries the required directives in both policies, and frame-ancestors in the header (a meta policy cannot)', () => {
    for (const [name, value] of Object.entries(REQUIRED)) {
      expect(HEADER_CSP[name]?.join(' ')).toBe(value)
      expect(page[name]?.join(' ')).toBe(value)
    }
    expect(HEADER_CSP['frame-ancestors']).toEqual(["'none'"])
    expect(page['frame-ancestors']).toBeUndefined()
  })
})

describe('the other headers', () => {
  it('set transport security, sniffing, referrer, permissions and opener policy', () => {
    expect(SECURITY_HEADERS).toMatchObject({
      'Strict-Transport-Security': expect.stringMatching(/^max-age=\d{8,}/),
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': expect.stringMatching(/^(no-referrer|same-origin|strict-origin|strict-origin-when-cross-origin)$/),
      'Cross-Origin-Opener-Policy': 'same-origin',
    })
    for (const feature of ['camera', 'microphone', 'geolocation', 'browsing-topics']) {
      expect(SECURITY_HEADERS['Permissions-Policy']).toContain(`${feature}=()`)
    }
  })

  it("cache content-named files for a year (Next's assets, the islands' shared chunks) and make pages revalidate", () => {
    expect(cacheControlFor('/_next/static/chunks/abc.css')).toBe(CACHE_CONTROL.hashed)
    expect(cacheControlFor('/islands/chunks/chunk-4XKQ3B2Z.js')).toBe(CACHE_CONTROL.hashed)
    // An island's entry keeps its name across builds, so it must be revalidated.
    expect(cacheControlFor('/islands/site-search.js')).toBe(CACHE_CONTROL.other)
    expect(CACHE_CONTROL.hashed).toMatch(/max-age=31536000.*immutable/)
    expect(cacheControlFor('/articles/common-side-effects/')).toBe(CACHE_CONTROL.html)
    expect(cacheControlFor('/404.html')).toBe(CACHE_CONTROL.html)
    expect(cacheControlFor('/articles/common-side-effects')).toBe(CACHE_CONTROL.html)
    expect(cacheControlFor('/og.png')).toBe(CACHE_CONTROL.other)
  })
})

describe('every way the site is served gets the same headers', () => {
  it('deploy/nginx.conf is exactly what lib/http-headers.mjs generates (run `npm run headers` after changing it)', () => {
    expect(fs.readFileSync('deploy/nginx.conf', 'utf8')).toBe(PRODUCTION_NGINX)
  })

  it('nginx repeats every header, with `always`, in every location', () => {
    const config = nginxConfig({ root: '/srv/out', listen: '8080' })
    const locations = config.split(/\n\s+location /).slice(1)
    expect(locations.length).toBe(5)
    for (const location of locations) {
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
        expect(location).toContain(`add_header ${name} "${value}" always;`)
      }
      expect(location).toMatch(/add_header Cache-Control "[^"]+" always;/)
    }
    expect(config).toContain('gzip on;')
    expect(config).toContain('error_page 404 /404.html;')
  })

  it('nginx gives the content-named folders the year-long cache', () => {
    const config = nginxConfig({ root: '/srv/out', listen: '8080' })
    for (const prefix of ['/_next/static/', '/islands/chunks/']) {
      const location = config.split(`location ^~ ${prefix} {`)[1]?.split('}')[0]
      expect(location, prefix).toContain(`add_header Cache-Control "${CACHE_CONTROL.hashed}" always;`)
    }
  })

  it('the static hosts’ _headers file sends every header on every path', () => {
    const file = staticHostHeaders()
    expect(file.split('\n')[1]).toBe('/*')
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(file).toContain(`\n  ${name}: ${value}\n`)
    expect(file).toContain(`/_next/static/*\n  Cache-Control: ${CACHE_CONTROL.hashed}\n`)
    expect(file).toContain(`/islands/chunks/*\n  Cache-Control: ${CACHE_CONTROL.hashed}\n`)
  })
})
