import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { DATA_FILES, dataFileNames, TRANSLATED_DATA_FILES, type RawDataFile, type RawDataFiles } from './data-files'
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
/** What a translation records of its English source: the first 16 hex characters of the file's sha256. */
export const fileHash = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 16)

/** What `contentlayer2 build` wrote, read from its JSON files (for scripts and tests that run outside Next). */
export function readGeneratedDocuments(generatedDir = path.resolve('.contentlayer/generated')): Generated {
  const readIndex = (type: string): GeneratedDocument[] => {
    const file = path.join(generatedDir, type, '_index.json')
    return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as GeneratedDocument[]) : []
  }
  return {
    articles: readIndex('Article'),
    pages: readIndex('Page'),
    articleTranslations: readIndex('ArticleTranslation'),
    pageTranslations: readIndex('PageTranslation'),
  }
}

type Generated = { articles: GeneratedDocument[]; pages: GeneratedDocument[]; articleTranslations: GeneratedDocument[]; pageTranslations: GeneratedDocument[] }

export function readContentInput(generated: Generated, dir = contentDir()): ContentInput {
  const toSource = (doc: GeneratedDocument): SourceDocument => ({
    file: relative(path.join(dir, doc._raw.sourceFilePath)),
    slug: doc.slug,
    fields: doc,
    bodyRaw: doc.body.raw,
    citedKeys: doc.citedKeys,
  })
  const dataTranslations = TRANSLATED_DATA_FILES.flatMap((name) => {
    const sourceFile = path.join(dir, DATA_FILES[name].file)
    const file = path.join(dir, 'es', DATA_FILES[name].file)
    if (!fs.existsSync(file)) return [{ name, file: relative(file), data: undefined, sourceFile: relative(sourceFile), sourceHash: '' }]
    return [{ name, file: relative(file), data: readJson(file), sourceFile: relative(sourceFile), sourceHash: fileHash(fs.readFileSync(sourceFile, 'utf8')) }]
  })
  const englishFiles = [...listFiles(path.join(dir, 'articles'), '.mdx'), ...listFiles(path.join(dir, 'pages'), '.mdx')]
  return {
    articles: generated.articles.map(toSource),
    pages: generated.pages.map(toSource),
    translations: { articles: generated.articleTranslations.map(toSource), pages: generated.pageTranslations.map(toSource) },
    dataTranslations,
    sourceHashes: Object.fromEntries(englishFiles.map((file) => [relative(file), fileHash(fs.readFileSync(file, 'utf8'))])),
    data: readDataFiles(dir),
    sourceFiles: [
      ...englishFiles,
      ...listFiles(path.join(dir, 'es', 'articles'), '.mdx'),
      ...listFiles(path.join(dir, 'es', 'pages'), '.mdx'),
    ].map(relative),
  }
}

/** Today's date as YYYY-MM-DD, the form the review dates use. */
export function todayIso(): string {
  return new Date().toISOString().slice(0, 10)
}
