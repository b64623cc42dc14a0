import fs from 'node:fs'
import path from 'node:path'
import GithubSlugger from 'github-slugger'
import type { Heading, Nodes, Root } from 'mdast'
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx'
import { visit } from 'unist-util-visit'
import { careCardSources, isModelCard, type CareCardSpec } from '../../triage/care-card'
import type { TriageModel } from '../../triage/engine'
import { triageModelShape } from '../../triage/schema'
import { parseMdx } from './tree'

/**
 * Everything the site reads out of an MDX body, from one remark-mdx parse:
 * headings with the ids the rendered page gives them, the table of contents,
 * the cited keys and the components used. Contentlayer's computed fields
 * (toc, citedKeys), the content rules, the FAQ and readability all read this,
 * so a heading or a citation is never seen by one of them and missed by another.
 * It must not depend on Next: it runs inside contentlayer too.
 */

export type TocEntry = { depth: 2 | 3; text: string; id: string }

export type MdxHeading = { node: Heading; depth: number; text: string; id: string }

/**
 * A JSX element in the body, e.g. `<RiskFigure id="x" />`, with its string
 * attributes and the ids of its list attributes (`signs={["a", "b"]}`).
 */
export type MdxElement = {
  name: string
  attributes: Record<string, string>
  lists?: Record<string, string[]>
  /** Where it sits in the tree, for readers that walk the tree and need the element's attributes. */
  node: MdxJsxFlowElement | MdxJsxTextElement
}

export type MdxDocument = {
  tree: Root
  /** Every heading, h1 to h6, in reading order. */
  headings: MdxHeading[]
  /** The h2/h3 outline. */
  toc: TocEntry[]
  /**
   * Keys of `<Cite source="KEY" />` markers and of the sources a care card
   * shows from the triage model (`<CareCard signs={…}>`), in order of first
   * use, without repeats.
   */
  citedKeys: string[]
  /** Every JSX element, in reading order. */
  elements: MdxElement[]
}

/**
 * The words of a heading as rehype-slug sees them when it puts the id on the
 * rendered heading (hast-util-to-string): text and code, but no image alt text,
 * no expressions and nothing from a self-closing component such as <Cite />.
 */
function renderedText(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value
  if ('children' in node) return node.children.map((child) => renderedText(child as Nodes)).join('')
  return ''
}

function stringAttributes(node: { attributes: { type: string; name?: string; value?: unknown }[] }): Record<string, string> {
  const attributes: Record<string, string> = {}
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxAttribute' && attribute.name && typeof attribute.value === 'string') attributes[attribute.name] = attribute.value
  }
  return attributes
}

/** Ids in expression attributes such as signs={["a", "b"]}: the only expressions authors write. */
function listAttributes(node: { attributes: { type: string; name?: string; value?: unknown }[] }): Record<string, string[]> {
  const lists: Record<string, string[]> = {}
  for (const attribute of node.attributes) {
    const value = attribute.value
    if (attribute.type !== 'mdxJsxAttribute' || !attribute.name || !value || typeof value !== 'object') continue
    const expression = (value as { value?: unknown }).value
    if (typeof expression === 'string') {
      lists[attribute.name] = [...expression.matchAll(/["']([a-z0-9]+(?:-[a-z0-9]+)*)["']/g)].map((match) => match[1] as string)
    }
  }
  return lists
}

let modelCache: { file: string; mtime: number; model: TriageModel | undefined } | undefined

/**
 * The triage model as its file stands, for the sources a care card shows; none
 * when the file is missing or malformed (the content rules report that, with
 * file, field and reason).
 */
function triageModel(): TriageModel | undefined {
  const file = path.resolve(process.env.CONTENT_DIR ?? 'content', 'triage/model.json')
  let mtime: number
  try {
    mtime = fs.statSync(file).mtimeMs
  } catch {
    return undefined
  }
  if (modelCache?.file !== file || modelCache.mtime !== mtime) {
    let model: TriageModel | undefined
    try {
      const parsed = triageModelShape.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')))
      model = parsed.success ? parsed.data : undefined
    } catch {
      model = undefined
    }
    modelCache = { file, mtime, model }
  }
  return modelCache.model
}

/** What a <CareCard> element asks of the triage model, as written in the MDX. */
export function careCardSpec(element: MdxElement): CareCardSpec {
  const lists = element.lists ?? {}
  return {
    level: element.attributes.level ?? '',
    title: element.attributes.title,
    signs: lists.signs,
    groups: lists.groups,
    timeframe: element.attributes.timeframe,
    modifiers: lists.modifiers,
  }
}

function cardSources(element: MdxElement): string[] {
  const spec = careCardSpec(element)
  if (!isModelCard(spec)) return []
  const model = triageModel()
  if (!model) return []
  return careCardSources(model, spec)
}

function read(source: string): MdxDocument {
  const tree = parseMdx(source)
  // Ids come from github-slugger, the slugger rehype-slug uses on the rendered
  // headings; every heading advances it, as there, so duplicates are numbered alike.
  const slugger = new GithubSlugger()
  const headings: MdxHeading[] = []
  const citedKeys: string[] = []
  const elements: MdxElement[] = []
  visit(tree, (node) => {
    if (node.type === 'heading') {
      const text = renderedText(node)
      headings.push({ node, depth: node.depth, text: text.trim(), id: slugger.slug(text) })
    } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      if (!node.name) return
      const lists = listAttributes(node)
      const element: MdxElement = { name: node.name, attributes: stringAttributes(node), ...(Object.keys(lists).length ? { lists } : {}), node }
      elements.push(element)
      const keys = element.name === 'Cite' ? [element.attributes.source] : element.name === 'CareCard' ? cardSources(element) : []
      for (const key of keys) if (key && !citedKeys.includes(key)) citedKeys.push(key)
    }
  })
  const toc = headings
    .filter((heading) => heading.depth === 2 || heading.depth === 3)
    .map((heading) => ({ depth: heading.depth as 2 | 3, text: heading.text, id: heading.id }))
  return { tree, headings, toc, citedKeys, elements }
}

/**
 * Contentlayer asks for the toc and the cited keys of a body separately, and the
 * content rules read the same bodies again, so the last few parses are kept
 * (parsing is the slow part: tens of milliseconds an article).
 */
const cache = new Map<string, MdxDocument>()
const CACHE_SIZE = 64

/** The parsed body. The result is shared between callers: read it, never change it. */
export function readMdx(source: string): MdxDocument {
  let document = cache.get(source)
  if (!document) {
    document = read(source)
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string)
    cache.set(source, document)
  }
  return document
}

export const extractToc = (source: string): TocEntry[] => readMdx(source).toc

export const extractCitedKeys = (source: string): string[] => readMdx(source).citedKeys

/** The elements of one component in a body, e.g. every `<RiskFigure />`. */
export const elementsNamed = (source: string, name: string): MdxElement[] => readMdx(source).elements.filter((element) => element.name === name)
