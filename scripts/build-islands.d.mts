export const BROWSER_OUT: string
export const SERVER_BUNDLE: string
export function islandNames(root?: string): string[]
type Options = { root?: string; browserOut?: string; serverBundle?: string }
export function buildIslands(options?: Options): Promise<{ names: string[]; browserBytes: number }>
export function watchIslands(options?: Options): Promise<void>
