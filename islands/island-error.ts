/**
 * A page whose island markup is not what the server wrote (islands/Island.tsx, or components/article/ShareBar.tsx for
 * the share bar): the build or the page is broken, so say so. In a file of its own so that the share bar, which
 * loads no Preact, can throw it without bundling hydrate.ts.
 */
export class IslandError extends Error {
  constructor(name: string, problem: string) {
    super(`Island "${name}": ${problem}`)
    this.name = 'IslandError'
  }
}
