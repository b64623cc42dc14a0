export function islandEntries(): string[]
export function buildIslands(outDir: string): Promise<{ names: string[]; bytes: number }>
