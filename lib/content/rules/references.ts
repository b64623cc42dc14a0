import type { ContentIssue, Rule } from './types'

/** Each citation key is listed once in the reference library, so a key always means one source. */
export const referenceRules: Rule = (input, context) => {
  const issues: ContentIssue[] = []
  const seen = new Set<string>()
  context.data.references?.forEach((reference, index) => {
    if (seen.has(reference.key)) issues.push({ file: input.data.references.file, field: `${index}.key`, reason: `"${reference.key}" is listed twice` })
    seen.add(reference.key)
  })
  return issues
}
