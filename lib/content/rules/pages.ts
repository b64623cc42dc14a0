import { schemaIssues, type Rule } from './types'

/** A page's frontmatter fits its schema, and it was not last updated in the future. */
export const pageRules: Rule = (input, context) =>
  input.pages.flatMap((page) => {
    const checked = context.pageFields.get(page)
    if (!checked?.ok) return schemaIssues(checked)
    const { lastUpdated } = checked.value
    return lastUpdated > context.today ? [{ file: page.file, field: 'lastUpdated', reason: `(${lastUpdated}) is in the future` }] : []
  })
