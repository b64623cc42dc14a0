import fs from 'node:fs'
import path from 'node:path'
import { DATA_FILES, dataFileNames, type RawDataFile, type RawDataFiles } from './data-files'
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

/** Every data file in the registry, read from disk (a folder entry: each .json file in it, by name). */
export function readDataFiles(dir = contentDir()): RawDataFiles {
  const read = (file: string): RawDataFile => ({ file: relative(file), data: readJson(file) })
  const entries = dataFileNames.map((name) => {
    const spec: { file: string } | { folder: string } = DATA_FILES[name]
    return [name, 'folder' in spec ? listFiles(path.join(dir, spec.folder), '.json').map(read) : read(path.join(dir, spec.file))]
  })
  return Object.fromEntries(entries) as RawDataFiles
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
  return {
    articles: generated.articles.map(toSource),
    pages: generated.pages.map(toSource),
    data: readDataFiles(dir),
    sourceFiles: [...listFiles(path.join(dir, 'articles'), '.mdx'), ...listFiles(path.join(dir, 'pages'), '.mdx')].map(relative),
  }
}

/** Today's date as YYYY-MM-DD, the form the review dates use. */
export function todayIso(): string {
  return new Date().toISOString().slice(0, 10)
}
