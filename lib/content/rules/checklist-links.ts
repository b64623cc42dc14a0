import { extractToc } from '../mdx/read'
import type { ContentIssue, Rule, SourceDocument } from './types'

/** Each "why" link of the consultation checklist lands on a real page and, with a #section, on a real heading there. */
export const checklistLinkRules: Rule = (input, context) => {
  const checklist = context.data.consultationChecklist
  if (!checklist) return []
  const file = input.data.consultationChecklist.file
  const docsByUrl = new Map<string, SourceDocument>([
    ...input.articles.map((doc) => [`/articles/${doc.slug}/`, doc] as const),
    ...input.pages.map((doc) => [`/${doc.slug}/`, doc] as const),
  ])
  const issues: ContentIssue[] = []
  checklist.sections.forEach((section, sectionIndex) =>
    section.items.forEach((item, itemIndex) => {
      const [pathname = '', hash] = item.link.split('#')
      const target = docsByUrl.get(pathname)
      const field = `sections.${sectionIndex}.items.${itemIndex}.link`
      if (!target) issues.push({ file, field, reason: `no article or page is at ${pathname}` })
      else if (hash && !extractToc(target.bodyRaw).some((entry) => entry.id === hash)) {
        issues.push({ file, field, reason: `${target.file} has no section with the id "${hash}"` })
      }
    }),
  )
  return issues
}
