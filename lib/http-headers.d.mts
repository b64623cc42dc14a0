export type CspDirectives = Record<string, string[]>
export const HEADER_CSP: CspDirectives
export const WEBASSEMBLY_PAGES: string[]
export function pageCsp(pagePath: string): CspDirectives
export function serializeCsp(directives: CspDirectives): string
export const SECURITY_HEADERS: Record<string, string>
export const CACHE_CONTROL: { hashed: string; html: string; other: string }
export const HASHED_PATH_PREFIXES: string[]
export function isPagePath(pathname: string): boolean
export function cacheControlFor(pathname: string): string
export const MIME_TYPES: Record<string, string[]>
export const GZIP_TYPES: string[]
export function nginxConfig(options: { root: string; listen: string; serverName?: string; runtimeDir?: string; daemon?: boolean }): string
export function staticHostHeaders(): string
