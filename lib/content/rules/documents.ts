import type { Rule } from './types'

/** Every .mdx file on disk became a document: a file contentlayer dropped would be missing from the site. */
export const documentRules: Rule = (input) => {
  const generated = new Set([...input.articles, ...input.pages, ...input.translations.articles, ...input.translations.pages].map((doc) => doc.file))
  return input.sourceFiles
    .filter((file) => !generated.has(file))
    .map((file) => ({ file, field: '(document)', reason: 'was not turned into a page by contentlayer; it would be missing from the site' }))
}
