import GithubSlugger from 'github-slugger'
import type { Heading, Nodes, Root } from 'mdast'
import { visit } from 'unist-util-visit'
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

/** A JSX element in the body, e.g. `<RiskFigure id="x" />`, with its string attributes. */
export type MdxElement = { name: string; attributes: Record<string, string> }

export type MdxDocument = {
  tree: Root
  /** Every heading, h1 to h6, in reading order. */
  headings: MdxHeading[]
  /** The h2/h3 outline. */
  toc: TocEntry[]
  /** Keys of `<Cite source="KEY" />` markers, in order of first use, without repeats. */
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
      const element = { name: node.name, attributes: stringAttributes(node) }
      elements.push(element)
      const key = element.name === 'Cite' ? element.attributes.source : undefined
      if (key && !citedKeys.includes(key)) citedKeys.push(key)
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
