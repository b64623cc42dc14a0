import fs from 'node:fs'
import path from 'node:path'
import type { ContentInput, SourceDocument } from './rules'

/** The shape both contentlayer's generated module and its JSON files give each document. */
export type GeneratedDocument = {
  _raw: { sourceFilePath: string }
  slug: string
  citedKeys: string[]
  body: { raw: string }
} & Record<string, unknown>

export function contentDir(): string {
  return path.resolve(process.env.CONTENT_DIR ?? 'content')
}

const relative = (file: string) => path.relative(process.cwd(), file).split(path.sep).join('/')

function listFiles(dir: string, extension: string): string[] {
  if (!fs.existsSync(dir)) return []
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(extension))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort()
}

function readJson(file: string): unknown {
  const text = fs.readFileSync(file, 'utf8')
  try {
    return JSON.parse(text)
  } catch (error) {
    throw new Error(`${relative(file)}: is not valid JSON (${(error as Error).message})`)
  }
}

/** Gathers everything the content rules look at: generated documents plus the data files on disk. */
export function readContentInput(generated: { articles: GeneratedDocument[]; pages: GeneratedDocument[] }, dir = contentDir()): ContentInput {
  const toSource = (doc: GeneratedDocument): SourceDocument => ({
    file: relative(path.join(dir, doc._raw.sourceFilePath)),
    slug: doc.slug,
    fields: doc,
    bodyRaw: doc.body.raw,
    citedKeys: doc.citedKeys,
  })
  const referencesFile = path.join(dir, 'references.json')
  const riskFiguresFile = path.join(dir, 'tools', 'risk-figures.json')
  const recoveryTimelineFile = path.join(dir, 'tools', 'recovery-timeline.json')
  const symptomGuideFile = path.join(dir, 'tools', 'symptom-guide.json')
  const checklistFile = path.join(dir, 'tools', 'consultation-checklist.json')
  return {
    articles: generated.articles.map(toSource),
    pages: generated.pages.map(toSource),
    authors: listFiles(path.join(dir, 'authors'), '.json').map((file) => ({ file: relative(file), data: readJson(file) })),
    references: { file: relative(referencesFile), data: readJson(referencesFile) },
    riskFigures: { file: relative(riskFiguresFile), data: readJson(riskFiguresFile) },
    recoveryTimeline: { file: relative(recoveryTimelineFile), data: readJson(recoveryTimelineFile) },
    symptomGuide: { file: relative(symptomGuideFile), data: readJson(symptomGuideFile) },
    consultationChecklist: { file: relative(checklistFile), data: readJson(checklistFile) },
    sourceFiles: [...listFiles(path.join(dir, 'articles'), '.mdx'), ...listFiles(path.join(dir, 'pages'), '.mdx')].map(relative),
  }
}

/** Today's date as YYYY-MM-DD, the form the review dates use. */
export function todayIso(): string {
  return new Date().toISOString().slice(0, 10)
}
