/**
 * The one definition of every HTTP header the site sends, and of its Content
 * Security Policy. The local server (scripts/serve/serve.mjs), the shipped nginx
 * config (deploy/nginx.conf) and the static hosts' _headers file are all
 * generated from here, so they cannot drift apart.
 *
 * Plain JavaScript so the Node scripts can import it without a build step.
 *
 * How the policy stays strict: after the build strips Next's runtime, no page
 * has an inline script left (scripts/build/strip-runtime.mjs refuses any that is not
 * a JSON data block), so scripts may come only from the site itself. Each page
 * carries that policy in a <meta> tag (scripts/build/finish-pages.mjs): the one page
 * that needs more, search, gets it in its own file, which works on any host,
 * whereas static hosts merge every _headers rule that matches a path, and two
 * merged policies would both apply. The header policy below adds what a <meta>
 * policy cannot carry (frame-ancestors) and repeats the rest. A browser
 * enforces both, so the page gets their intersection: no 'unsafe-inline', no
 * 'unsafe-eval'.
 */

/** @typedef {Record<string, string[]>} CspDirectives */

/** Directives both policies share. */
const SHARED_DIRECTIVES = {
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'font-src': ["'self'"],
  'style-src': ["'self'"],
  'frame-src': ["'none'"],
  'media-src': ["'none'"],
  'manifest-src': ["'self'"],
  'worker-src': ["'self'"],
}

/**
 * The "page not found" page each edition's missing addresses get, longest prefix first: nginx (a map on the
 * path) and `npm start` (scripts/serve/serve.mjs) both read this table.
 */
export const NOT_FOUND_PAGES = [
  { prefix: '/es/', file: '/es/404/index.html' },
  { prefix: '/', file: '/404.html' },
]

/** @param {string} pathname */
export const notFoundPageFor = (pathname) => NOT_FOUND_PAGES.find((page) => pathname.startsWith(page.prefix))?.file ?? '/404.html'

/** @type {CspDirectives} The site-wide policy sent as a header with every response. */
export const HEADER_CSP = {
  ...SHARED_DIRECTIVES,
  // Inline event handlers (onclick="…") are never used; forbid them outright.
  'script-src-attr': ["'none'"],
  'frame-ancestors': ["'none'"],
}

/**
 * Pages that run Pagefind's search, which compiles WebAssembly. 'wasm-unsafe-eval'
 * allows only that, not JavaScript eval, and only on these pages.
 */
export const WEBASSEMBLY_PAGES = ['/search/']

/**
 * The policy written into each HTML file's <meta>: scripts from this site only.
 * @param {string} pagePath URL path of the page, such as /search/
 * @returns {CspDirectives}
 */
export function pageCsp(pagePath) {
  return {
    'default-src': ["'self'"],
    'script-src': ["'self'", ...(WEBASSEMBLY_PAGES.includes(pagePath) ? ["'wasm-unsafe-eval'"] : [])],
    ...SHARED_DIRECTIVES,
  }
}

/** @param {CspDirectives} directives */
export function serializeCsp(directives) {
  return Object.entries(directives)
    .map(([name, values]) => [name, ...values].join(' '))
    .join('; ')
}

/** Headers every response carries, pages and files alike. */
export const SECURITY_HEADERS = {
  'Content-Security-Policy': serializeCsp(HEADER_CSP),
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  // Stricter than strict-origin-when-cross-origin: following a reference link never tells the other site which page a patient was reading.
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), browsing-topics=(), payment=(), usb=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
}

/** Cache lifetimes: content-hashed files forever, everything else revalidated so a reviewed article shows at once. */
export const CACHE_CONTROL = {
  hashed: 'public, max-age=31536000, immutable',
  html: 'no-cache',
  other: 'public, max-age=3600',
}

/** Folders whose files are named by their content: Next's assets, and the chunks the islands share (scripts/build/build-islands.mjs). */
export const HASHED_PATH_PREFIXES = ['/_next/static/', '/islands/chunks/']

/**
 * Pages are addressed as /folder/ (or /name.html, or /name without an extension).
 * @param {string} pathname
 * @returns {boolean}
 */
export function isPagePath(pathname) {
  return pathname.endsWith('/') || pathname.endsWith('.html') || !/\.[a-z0-9]+$/i.test(pathname)
}

/**
 * @param {string} pathname URL path of the response
 * @returns {string}
 */
export function cacheControlFor(pathname) {
  if (HASHED_PATH_PREFIXES.some((prefix) => pathname.startsWith(prefix))) return CACHE_CONTROL.hashed
  return isPagePath(pathname) ? CACHE_CONTROL.html : CACHE_CONTROL.other
}

/** MIME types for everything in out/, so nginx needs no system mime.types file. */
export const MIME_TYPES = {
  'text/html': ['html'],
  'text/css': ['css'],
  'application/javascript': ['js', 'mjs'],
  'application/json': ['json'],
  'text/plain': ['txt'],
  'application/xml': ['xml'],
  'image/svg+xml': ['svg'],
  'image/png': ['png'],
  'image/x-icon': ['ico'],
  'application/wasm': ['wasm'],
  'application/octet-stream': ['pagefind', 'pf_meta', 'pf_fragment', 'pf_index'],
}

/** Types worth compressing on the fly (Pagefind's index files are already compressed). */
export const GZIP_TYPES = ['text/css', 'application/javascript', 'application/json', 'text/plain', 'application/xml', 'image/svg+xml']

/** @param {string} value */
const quote = (value) => `"${value.replace(/["\\]/g, '\\$&')}"`

/**
 * @typedef {object} AccessLogField
 * @property {'time' | 'method' | 'path' | 'status' | 'bytes'} name what the stats parser calls it
 * @property {string} variable the nginx variable logged
 * @property {string} pattern a regular expression (source) matching every value nginx can write for it
 * @property {boolean} [quoted] written between double quotes, because the value can hold spaces
 * @property {string} example a value as nginx writes it, for messages and tests
 * @property {string} description in plain words: the privacy statement lists each one (a test checks)
 */

/**
 * The access log: what the shipped nginx writes about each request, and nothing more. No IP address, browser (user
 * agent), referring page, forwarded-for address, cookie or query string: enough to count the page views per day and
 * per page (npm run stats), nothing about who read them. The log_format, the access_log line, deploy/logrotate.conf,
 * the stats parser (scripts/stats/access-log.mjs) and, through a test, the privacy statement all follow this.
 */
export const ACCESS_LOG = {
  formatName: 'page_views',
  // A folder of the site's own: Debian's /etc/logrotate.d/nginx rotates /var/log/nginx/*.log on its own schedule
  // (and logrotate refuses a file two configs name), so our retention could not be promised there.
  path: '/var/log/botox-risks/access.log',
  /**
   * nginx's error log can hold a visitor's IP address and the full request, query string included. It goes in the
   * same folder, under the same retention, at "error" level (not "warn"), and a missing file is not logged as an
   * error (log_not_found off), so an ordinary 404 leaves no note at all. The privacy statement says so.
   */
  errorLogPath: '/var/log/botox-risks/error.log',
  // The privacy statement promises this; deploy/logrotate.conf enforces it.
  retentionDays: 14,
  /** @type {AccessLogField[]} */
  fields: [
    // Local time with its offset: the stats count days in the server's time zone.
    {
      name: 'time',
      variable: '$time_iso8601',
      pattern: '\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}[+-]\\d{2}:\\d{2}',
      example: '2026-12-01T09:30:00+00:00',
      description: 'the date and time',
    },
    // nginx writes "-" when a request is too malformed to have a method.
    {
      name: 'method',
      variable: '$request_method',
      pattern: '[A-Z_-]+',
      example: 'GET',
      description: 'the type of request, such as a request to see a page',
    },
    // $uri, never $request or $request_uri, which carry the query string (anything after "?", such as search words).
    // nginx decodes $uri ("%20" becomes a space) and, with escape=default, writes any quote, backslash, control or
    // non-ASCII byte as \xHH, so a quoted value is printable ASCII without quotes and can always be read back. After
    // try_files it names the file served: /about/index.html for /about/, /404.html for any missing page.
    {
      name: 'path',
      variable: '$uri',
      quoted: true,
      pattern: '(?:[ !#-\\[\\]-~]|\\\\x[0-9A-F]{2})*',
      example: '/about/index.html',
      description: 'the page or file asked for',
    },
    { name: 'status', variable: '$status', pattern: '\\d{3}', example: '200', description: 'whether it was found' },
    { name: 'bytes', variable: '$body_bytes_sent', pattern: '\\d+', example: '5120', description: 'the size of what was sent back' },
  ],
}

/**
 * The log_format string (the fields in order, separated by spaces), or with `example`, a line as nginx writes it.
 * @param {'variable' | 'example'} [part]
 */
export function accessLogFormat(part = 'variable') {
  return ACCESS_LOG.fields.map((field) => (field.quoted ? `"${field[part]}"` : field[part])).join(' ')
}

const PRODUCTION_PID_FILE = '/run/nginx.pid'

/**
 * A complete nginx.conf serving out/ with the headers above.
 * nginx drops a server's add_header lines inside any location that has its own,
 * so every location repeats the full set (generated, so it costs nothing).
 * @param {{ root: string, listen: string, serverName?: string, runtimeDir?: string, daemon?: boolean }} options
 */
export function nginxConfig({ root, listen, serverName = '_', runtimeDir, daemon = true }) {
  /** @param {string} cacheControl */
  const headerLines = (cacheControl) =>
    Object.entries({ ...SECURITY_HEADERS, 'Cache-Control': cacheControl })
      .map(([name, value]) => `      add_header ${name} ${quote(value)} always;`)
      .join('\n')
  const types = Object.entries(MIME_TYPES)
    .map(([type, extensions]) => `    ${type} ${extensions.join(' ')};`)
    .join('\n')
  const runtime = runtimeDir
    ? [`pid ${runtimeDir}/nginx.pid;`, `error_log ${runtimeDir}/error.log warn;`].join('\n')
    : `pid ${PRODUCTION_PID_FILE};\nerror_log ${ACCESS_LOG.errorLogPath} error;`
  const temp = runtimeDir
    ? ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `  ${kind}_temp_path ${runtimeDir}/${kind};`).join('\n') + '\n'
    : ''
  return `# Generated by scripts/build/generate-headers.mjs from lib/http-headers.mjs. Do not edit by hand.
${daemon ? '' : 'daemon off;\n'}worker_processes auto;
${runtime}

events {
  worker_connections 1024;
}

http {
  types {
${types}
  }
  default_type application/octet-stream;
${temp}  # Only what ACCESS_LOG in lib/http-headers.mjs lists: no IP address, user agent, referrer, cookie or query string.
  log_format ${ACCESS_LOG.formatName} escape=default '${accessLogFormat()}';
  access_log ${runtimeDir ? `${runtimeDir}/access.log` : ACCESS_LOG.path} ${ACCESS_LOG.formatName};
  log_not_found off;
  # A missing page gets the "not found" page of its own edition (NOT_FOUND_PAGES).
  map $uri $not_found_page {
${NOT_FOUND_PAGES.filter((page) => page.prefix !== '/')
  .map((page) => `    ~^${page.prefix} ${page.file};`)
  .join('\n')}
    default ${NOT_FOUND_PAGES.find((page) => page.prefix === '/')?.file};
  }
  sendfile on;
  server_tokens off;
  charset utf-8;
  charset_types text/css application/javascript application/json text/plain application/xml image/svg+xml;

  # The build writes a maximum-compression .gz beside every text file; gzip on covers anything else.
  gzip_static on;
  gzip on;
  gzip_comp_level 6;
  gzip_min_length 256;
  gzip_vary on;
  gzip_types ${GZIP_TYPES.join(' ')};

  server {
    listen ${listen};
    server_name ${serverName};
    root ${root};
    # Redirects from /articles/x to /articles/x/ keep the visitor's own host and port.
    absolute_redirect off;
    error_page 404 $not_found_page;

${HASHED_PATH_PREFIXES.map(
  (prefix) => `    location ^~ ${prefix} {
${headerLines(CACHE_CONTROL.hashed)}
      try_files $uri =404;
    }
`,
).join('\n')}
    # Pages (and the 404 page) are revalidated on every visit.
    location ~ /$ {
${headerLines(CACHE_CONTROL.html)}
      try_files \${uri}index.html =404;
    }

    location ~ \\.html$ {
${headerLines(CACHE_CONTROL.html)}
      try_files $uri =404;
    }

    location / {
${headerLines(CACHE_CONTROL.other)}
      try_files $uri $uri/ =404;
    }
  }
}
`
}

/**
 * deploy/logrotate.conf (for /etc/logrotate.d/): makes ACCESS_LOG's retention real. The log is rotated every day,
 * empty or not, so each file holds one day and the count below is a count of days; the file being written holds
 * today, so keeping retentionDays - 1 older ones means no line is kept longer than retentionDays days. maxage also
 * deletes a file that missed its turn (a machine that was off). Left uncompressed so `npm run stats` reads any of them.
 */
export function logrotateConfig() {
  return `# Generated by scripts/build/generate-headers.mjs from lib/http-headers.mjs. Do not edit by hand.
# Install as /etc/logrotate.d/botox-risks: keeps the access and error logs for ${ACCESS_LOG.retentionDays} days, then deletes them.
${ACCESS_LOG.path} ${ACCESS_LOG.errorLogPath} {
  daily
  rotate ${ACCESS_LOG.retentionDays - 1}
  maxage ${ACCESS_LOG.retentionDays}
  ifempty
  missingok
  nocompress
  sharedscripts
  postrotate
    [ ! -f ${PRODUCTION_PID_FILE} ] || kill -USR1 "$(cat ${PRODUCTION_PID_FILE})"
  endscript
}
`
}

/**
 * The _headers file static hosts (Netlify, Cloudflare Pages) read from the
 * published folder. Cache-Control is only set where it differs from their
 * default of revalidating, because both merge the rules that match a path.
 */
export function staticHostHeaders() {
  /** @param {Record<string, string>} headers */
  const lines = (headers) => Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)
  return [
    '# Generated by the build from lib/http-headers.mjs. Do not edit by hand.',
    '/*',
    ...lines(SECURITY_HEADERS),
    ...HASHED_PATH_PREFIXES.flatMap((prefix) => [`${prefix}*`, ...lines({ 'Cache-Control': CACHE_CONTROL.hashed })]),
    '',
  ].join('\n')
}
