export function stripRuntime(html: string): string
export const ALLOWED_MODULES: RegExp[]
export function assertStripped(html: string, pagePath: string): void
export function removePayloadFiles(outDir: string): number
export function unusedNextFiles(outDir: string): string[]
export function removeUnusedNextFiles(outDir: string): { files: number; bytes: number }
