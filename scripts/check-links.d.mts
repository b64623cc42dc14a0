export function checkLinks(outDir: string, options?: { origin?: string }): { checked: number; problems: string[] }
