import type { z } from 'zod'
import type { DataFileName, DataValue, RawDataFiles, TranslatedDataFile } from '../data-files'
import type { ArticleFrontmatter, PageFrontmatter } from '../schemas/frontmatter'

/** One thing wrong with one field of one file, said so that an editor can fix it. */
export type ContentIssue = { file: string; field: string; reason: string }

export type SourceDocument = {
  /** Path from the repository root, e.g. content/articles/common-side-effects.mdx */
  file: string
  slug: string
  /** The fields as contentlayer produced them (frontmatter plus defaults). */
  fields: Record<string, unknown>
  bodyRaw: string
  citedKeys: string[]
}

/** Everything the content rules look at. */
export type ContentInput = {
  articles: SourceDocument[]
  pages: SourceDocument[]
  /** Every data file in lib/content/data-files.ts, as read from disk. */
  data: RawDataFiles
  /** The Spanish edition's documents (content/es/articles, content/es/pages). */
  translations: { articles: SourceDocument[]; pages: SourceDocument[] }
  /** The Spanish overlays of the data files (content/es/<file>), with the hash of the English file they must match. */
  dataTranslations: { name: TranslatedDataFile; file: string; data: unknown; sourceFile: string; sourceHash: string }[]
  /** The first 16 hex characters of the sha256 of each English document's file, by file: what a translation says it was made from. */
  sourceHashes: Record<string, string>
  /** Every .mdx file on disk, so that a file contentlayer dropped is noticed. */
  sourceFiles: string[]
}

/** A file checked against its schema: its value when the schema passed, the schema's complaint when not. */
export type Checked<T> = { file: string; data: unknown } & ({ ok: true; value: T } | { ok: false; error: z.ZodError })

/** What the rules share, worked out once from the input (lib/content/rules/context.ts). */
export type RuleContext = {
  /** YYYY-MM-DD: review dates are judged against it. */
  today: string
  /** Each data file checked against its schema (a single file is a list of one). */
  dataFiles: { [K in DataFileName]: Checked<unknown>[] }
  /** The values of the data files whose schema passed; for a folder, the items that passed. */
  data: { [K in DataFileName]?: DataValue<K> }
  /** Ids of the author profiles that passed their schema. */
  authorIds: Set<string>
  /** Keys in the reference library, or undefined when the library itself is broken (its own problems are reported instead). */
  referenceKeys: Set<string> | undefined
  /** Each article's frontmatter checked against its schema. */
  articleFields: Map<SourceDocument, Checked<ArticleFrontmatter>>
  /** Each page's frontmatter checked against its schema. */
  pageFields: Map<SourceDocument, Checked<PageFrontmatter>>
  /** Each article slug, with the first file that uses it. */
  articleSlugs: Map<string, string>
}

/** One group of rules: every problem it finds, in any order that reads well. */
export type Rule = (input: ContentInput, context: RuleContext) => ContentIssue[]

export function formatIssue(issue: ContentIssue): string {
  return `${issue.file} › ${issue.field}: ${issue.reason}`
}

export class ContentError extends Error {
  constructor(readonly issues: ContentIssue[]) {
    super(`Content check failed with ${issues.length} problem(s):\n${issues.map((i) => `  ✖ ${formatIssue(i)}`).join('\n')}`)
    this.name = 'ContentError'
  }
}

/** A schema's complaints about a file, each naming the field by its path. */
export function zodIssues(file: string, error: z.ZodError): ContentIssue[] {
  return error.issues.map((issue) => ({
    file,
    field: issue.path.map(String).join('.') || '(whole file)',
    reason: issue.message,
  }))
}

/** The issues of a file that failed its schema; none for one that passed. */
export const schemaIssues = (checked: Checked<unknown> | undefined): ContentIssue[] => (checked && !checked.ok ? zodIssues(checked.file, checked.error) : [])
