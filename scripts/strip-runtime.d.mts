export const NEEDS_SCRIPT: string
export function needsScript(html: string): boolean
export function stripRuntime(html: string): string
