import GithubSlugger from 'github-slugger'

/**
 * Helpers that read facts out of raw MDX source. They run inside contentlayer's
 * computed fields and in the content checks, so they must not depend on Next.
 */

export type TocEntry = { depth: 2 | 3; text: string; id: string }

const FENCE = /^\s*(```|~~~)/

/** Lines outside fenced code blocks, so that a "## " inside code is not taken for a heading. */
function proseLines(source: string): string[] {
  let inFence = false
  const lines: string[] = []
  for (const line of source.split(/\r?\n/)) {
    if (FENCE.test(line)) {
      inFence = !inFence
      continue
    }
    if (!inFence) lines.push(line)
  }
  return lines
}

/** Markdown inline syntax stripped to the text a reader sees (what rehype-slug slugs). */
export function headingText(markdown: string): string {
  return markdown
    .replace(/<Cite\b[^>]*\/>/g, '')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`~]/g, '')
    .trim()
}

/**
 * The h2/h3 outline of an article. Ids come from github-slugger, the same
 * slugger rehype-slug uses when it puts ids on the rendered headings, so the
 * table of contents and the anchors always agree.
 */
export function extractToc(source: string): TocEntry[] {
  const slugger = new GithubSlugger()
  const toc: TocEntry[] = []
  for (const line of proseLines(source)) {
    const match = /^(#{1,6})\s+(.+?)\s*#*\s*$/.exec(line)
    if (!match) continue
    const hashes = match[1] ?? ''
    const text = headingText(match[2] ?? '')
    // Every heading advances the slugger, as rehype-slug does, so duplicate ids are numbered the same way.
    const id = slugger.slug(text)
    if (hashes.length === 2 || hashes.length === 3) {
      toc.push({ depth: hashes.length as 2 | 3, text, id })
    }
  }
  return toc
}

/** Citation keys used in `<Cite source="KEY" />` markers, in order of first use, without repeats. */
export function extractCitedKeys(source: string): string[] {
  const keys: string[] = []
  for (const line of proseLines(source)) {
    for (const match of line.matchAll(/<Cite\s+source=["']([^"']+)["']\s*\/>/g)) {
      const key = match[1]
      if (key && !keys.includes(key)) keys.push(key)
    }
  }
  return keys
}

/** Levels of the h1..h6 headings in the body, to catch an h1 that would give a page two. */
export function headingLevels(source: string): number[] {
  return proseLines(source)
    .map((line) => /^(#{1,6})\s/.exec(line)?.[1]?.length)
    .filter((level): level is number => level !== undefined)
}

/** Ids of the `<RiskFigure id="..." />` pictures a body uses. */
export function extractRiskFigureIds(source: string): string[] {
  return proseLines(source).flatMap((line) => [...line.matchAll(/<RiskFigure\s+id=["']([^"']+)["']\s*\/>/g)].map((match) => match[1] ?? ''))
}

/** Whether a body uses a given JSX component, e.g. `<RecoveryTimeline />`. */
export function usesComponent(source: string, name: string): boolean {
  const tag = new RegExp(`<${name}[\\s/>]`)
  return proseLines(source).some((line) => tag.test(line))
}
