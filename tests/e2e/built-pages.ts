import fs from 'node:fs'

/**
 * The pages to test come from the built sitemap, never from a hand-kept list,
 * so a new article or page is covered as soon as it is built.
 */
export function builtPagePaths(): string[] {
  const sitemap = fs.readFileSync('out/sitemap.xml', 'utf8')
  const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] as string).pathname)
  if (paths.length === 0) throw new Error('out/sitemap.xml lists no pages: run `npm run build` first')
  return paths
}
