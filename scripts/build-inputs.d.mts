export function buildInputs(root?: string): string[]
export function newestInputTime(root?: string): number
