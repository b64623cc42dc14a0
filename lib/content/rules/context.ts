import type { z } from 'zod'
import { DATA_FILES, dataFileNames, filesOf, isFolder } from '../data-files'
import { articleFrontmatterSchema, pageFrontmatterSchema } from '../schemas/frontmatter'
import type { Checked, ContentInput, RuleContext } from './types'

function check<T>(file: string, data: unknown, schema: z.ZodType<T>): Checked<T> {
  const parsed = schema.safeParse(data)
  return parsed.success ? { file, data, ok: true, value: parsed.data } : { file, data, ok: false, error: parsed.error }
}

/** Everything the rules share, each schema run once. */
export function buildContext(input: ContentInput, today: string): RuleContext {
  const dataFiles = {} as RuleContext['dataFiles']
  const data: Record<string, unknown> = {}
  for (const name of dataFileNames) {
    const checked = filesOf(input.data, name).map(({ file, data: raw }) => check(file, raw, DATA_FILES[name].schema as z.ZodType))
    dataFiles[name] = checked
    const values = checked.flatMap((entry) => (entry.ok ? [entry.value] : []))
    data[name] = isFolder(name) ? values : values[0]
  }
  const typed = data as RuleContext['data']

  const articleFields = new Map(input.articles.map((article) => [article, check(article.file, article.fields, articleFrontmatterSchema)]))
  const pageFields = new Map(input.pages.map((page) => [page, check(page.file, page.fields, pageFrontmatterSchema)]))

  const articleSlugs = new Map<string, string>()
  for (const article of input.articles) if (!articleSlugs.has(article.slug)) articleSlugs.set(article.slug, article.file)

  return {
    today,
    dataFiles,
    data: typed,
    authorIds: new Set((typed.authors ?? []).map((author) => author.id)),
    referenceKeys: typed.references ? new Set(typed.references.map((reference) => reference.key)) : undefined,
    articleFields,
    pageFields,
    articleSlugs,
  }
}

