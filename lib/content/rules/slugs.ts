import type { Rule } from './types'

/** Two articles in different folders cannot share a slug: they would share a URL. */
export const slugRules: Rule = (input, context) =>
  input.articles.flatMap((article) => {
    const first = context.articleSlugs.get(article.slug)
    return first && first !== article.file ? [{ file: article.file, field: 'slug', reason: `"${article.slug}" is already used by ${first}` }] : []
  })
