import fs from 'node:fs'
import { describe, expect, it } from 'vitest'
import { PRODUCTION_LOGROTATE, PRODUCTION_NGINX } from '../scripts/build/generate-headers.mjs'
import {
  ACCESS_LOG,
  CACHE_CONTROL,
  cacheControlFor,
  HEADER_CSP,
  logrotateConfig,
  nginxConfig,
  notFoundPageFor,
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
  it('deploy/nginx.conf and deploy/logrotate.conf are exactly what lib/http-headers.mjs generates (run `npm run headers` after changing it)', () => {
    expect(fs.readFileSync('deploy/nginx.conf', 'utf8')).toBe(PRODUCTION_NGINX)
    expect(fs.readFileSync('deploy/logrotate.conf', 'utf8')).toBe(PRODUCTION_LOGROTATE)
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
    expect(config).toContain('error_page 404 $not_found_page;')
  })

  it("nginx answers a missing page with its own edition's 404 page", () => {
    const config = nginxConfig({ root: '/srv/out', listen: '8080' })
    expect(config).toMatch(/map \$uri \$not_found_page \{\s+~\^\/es\/ \/es\/404\/index\.html;\s+default \/404\.html;\s+\}/)
    expect([notFoundPageFor('/es/nope/'), notFoundPageFor('/nope/'), notFoundPageFor('/escape/')]).toEqual([
      '/es/404/index.html',
      '/404.html',
      '/404.html',
    ])
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

/** Variables that would say who asked, or what they searched for, by what each would give away. */
const FORBIDDEN_VARIABLES: Record<string, RegExp> = {
  'an IP address': /^(remote_addr|binary_remote_addr|realip_remote_addr|remote_port|http_x_real_ip)$/,
  'a user agent': /^http_user_agent$/,
  'a referrer': /^http_referer$/,
  'a forwarded-for address': /^(http_x_forwarded_for|proxy_add_x_forwarded_for|http_forwarded)$/,
  'a cookie': /^(http_cookie|cookie_.*|sent_http_set_cookie)$/,
  'a query string': /^(request|request_uri|args|query_string|arg_.*|is_args|request_body)$/,
  // Any other request header could identify a browser too.
  'a request header': /^http_/,
}

/** The log_format directives in a config, read from its text: name and the variables the format writes. */
function logFormats(config: string) {
  return [...config.matchAll(/^\s*log_format\s+(\S+)\s+(?:escape=\S+\s+)?((?:'[^']*'\s*)+);/gm)].map((match) => ({
    name: match[1],
    variables: [...(match[2] ?? '').matchAll(/\$\{?(\w+)\}?/g)].map((variable) => variable[1]),
  }))
}

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']

describe('the access log', () => {
  const configs = {
    production: nginxConfig({ root: '/srv/out', listen: '80' }),
    'a test server': nginxConfig({ root: '/srv/out', listen: '127.0.0.1:3450', runtimeDir: '/tmp/run' }),
  }

  it.each(Object.entries(configs))(
    'in %s, holds no IP address, user agent, referrer, forwarded-for address, cookie or query string',
    (_, config) => {
      const formats = logFormats(config)
      expect(formats).toHaveLength(1)
      const variables = formats[0]?.variables ?? []
      expect(variables).toContain('uri')
      for (const variable of variables) {
        for (const [what, forbidden] of Object.entries(FORBIDDEN_VARIABLES))
          expect(variable, `$${variable} logs ${what}`).not.toMatch(forbidden)
      }
    },
  )

  it.each(Object.entries(configs))('in %s, is written only in that format', (_, config) => {
    const [format] = logFormats(config)
    const accessLogs = [...config.matchAll(/^\s*access_log\s+([^;]*);/gm)].map((match) => match[1]?.split(/\s+/))
    expect(accessLogs).toHaveLength(1)
    // Without a format name nginx would use "combined", which logs IP addresses and user agents.
    expect(accessLogs[0]?.[1]).toBe(format?.name)
  })

  it('goes to the production path, or into a test server’s runtime folder', () => {
    expect(configs.production).toContain(`access_log ${ACCESS_LOG.path} ${ACCESS_LOG.formatName};`)
    expect(configs['a test server']).toContain(`access_log /tmp/run/access.log ${ACCESS_LOG.formatName};`)
  })

  it('is rotated daily and deleted after the retention days: today’s file and one fewer older ones', () => {
    const config = logrotateConfig()
    const block = config.split(`${ACCESS_LOG.path} ${ACCESS_LOG.errorLogPath} {`)[1]?.split('\n}')[0] ?? ''
    const directives = block.split('\n').map((line) => line.trim())
    expect(directives).toEqual(
      expect.arrayContaining(['daily', `rotate ${ACCESS_LOG.retentionDays - 1}`, `maxage ${ACCESS_LOG.retentionDays}`, 'ifempty']),
    )
    expect(directives).not.toContain('notifempty')
    // nginx keeps writing to the renamed file until it is told to reopen its logs.
    expect(block).toMatch(/postrotate\n.*kill -USR1 .*\n\s*endscript/)
  })

  it('is described by the privacy statement: every field, how long it is kept and what it leaves out', () => {
    const page = fs.readFileSync('content/pages/privacy.mdx', 'utf8')
    const section = page.split('## What does our web host keep?')[1]?.split('\n## ')[0]?.replace(/\s+/g, ' ') ?? ''
    for (const { description } of ACCESS_LOG.fields) expect(section).toContain(description)
    expect(section).toContain(`has ${NUMBER_WORDS[ACCESS_LOG.fields.length]} things`)
    expect(section).toContain(`${ACCESS_LOG.retentionDays} days`)
    expect(section.match(/\d+ days?/g)).toEqual([`${ACCESS_LOG.retentionDays} days`])
    // …and what it leaves out, which the format test above holds nginx to.
    for (const left of ['IP address', 'browser', 'search words']) expect(section).toContain(left)
    // The error log is the one place an IP address can appear: the statement says so, and it is rotated with the rest.
    expect(section).toContain('error note')
  })

  it('keeps the error log beside the access log, at error level, with missing files not logged, and rotates both', () => {
    const production = nginxConfig({ root: '/srv/out', listen: '80' })
    expect(production).toContain(`error_log ${ACCESS_LOG.errorLogPath} error;`)
    expect(production).toMatch(/^\s*log_not_found off;$/m)
    expect(production).not.toContain('/var/log/nginx/')
    expect(logrotateConfig()).toContain(`${ACCESS_LOG.path} ${ACCESS_LOG.errorLogPath} {`)
  })
})
