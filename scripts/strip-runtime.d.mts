export function stripRuntime(html: string): string
export function removePayloadFiles(outDir: string): number
