export function withCspMeta(html: string, pagePath: string): string
export function pagePathOf(outDir: string, file: string): string
export function finishPages(outDir: string): { pages: number; withScripts: number; payloadFiles: number; unusedNextFiles: { files: number; bytes: number } }
