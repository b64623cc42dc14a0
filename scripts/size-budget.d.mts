export const BUDGETS: { htmlKb: number; cssKb: number; jsKb: number }
export function pageAssets(html: string): { css: string[]; js: string[]; modules: string[] }
export function withStaticImports(urlPath: string, read?: (file: string) => string): string[]
