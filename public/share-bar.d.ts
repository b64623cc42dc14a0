export function shareableUrl(canonicalUrl: string, hash: string): string
export function enhanceShareBar(bar: HTMLElement): void
