export const BUDGETS: { htmlKb: number; cssKb: number; ownJsKb: number }
export function pageAssets(html: string): { css: string[]; js: string[] }
