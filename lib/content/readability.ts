import { fleschKincaid } from 'flesch-kincaid'
import type { Nodes } from 'mdast'
import { syllable } from 'syllable'
import { readMdx } from './mdx/read'
import { plainText, PROSE_ELEMENTS } from './mdx/tree'

/**
 * The limits every article is held to: the top of the content guide's US grade
 * 6 to 8, sentences short on average, and none so long that a reader loses its
 * thread. The content rules (lib/content/rules/editorial.ts) enforce them.
 */
export const READABILITY_LIMITS = { grade: 8, averageSentenceWords: 17, longestSentenceWords: 30 } as const

export type Readability = {
  grade: number
  sentences: number
  words: number
  averageSentenceWords: number
  longestSentence: { words: number; text: string }
}

/**
 * Parts of an article that are not running prose: headings are labels, tables
 * and code are not read as sentences, and MDX expressions/ESM are not text.
 */
const SKIPPED = new Set(['heading', 'table', 'code', 'inlineCode', 'html', 'yaml', 'mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression'])

/** Block-level nodes whose text forms its own unit: a list item without a full stop still ends a sentence. */
const TEXT_BLOCKS = new Set(['paragraph'])

/**
 * The prose a reader reads in an MDX body, one string per paragraph or list
 * item, with headings, tables, code, citation markers and figures removed.
 */
export function articleProse(mdx: string): string[] {
  const { tree } = readMdx(mdx)
  const blocks: string[] = []
  const visit = (node: Nodes) => {
    if (SKIPPED.has(node.type)) return
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      if (!node.name || !PROSE_ELEMENTS.has(node.name)) return
      // A care card's title is a sentence the reader reads too.
      const title = node.attributes.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'title')
      if (title && typeof title.value === 'string') blocks.push(title.value)
    }
    if (TEXT_BLOCKS.has(node.type)) {
      const text = plainText(node).replace(/\s+/g, ' ').trim()
      if (text) blocks.push(text)
      return
    }
    if ('children' in node) for (const child of node.children) visit(child as Nodes)
  }
  visit(tree)
  return blocks
}

/**
 * Abbreviations that end in a full stop without ending a sentence. Written here
 * because general sentence splitters (Intl.Segmenter included) break after "Dr."
 * and the list for a patient site is short.
 */
const ABBREVIATIONS = /\b(?:Dr|Mr|Mrs|Ms|Prof|St|vs|etc|e\.g|i\.e|approx)\.$/i

/** Splits a block of prose into sentences at ., ! or ? followed by a space and a new sentence. */
export function splitSentences(block: string): string[] {
  const sentences: string[] = []
  let start = 0
  const boundary = /[.!?]["')\]]?(?=\s+["'(]?[A-Z0-9])/g
  for (let match = boundary.exec(block); match; match = boundary.exec(block)) {
    const candidate = block.slice(start, match.index + match[0].length)
    if (ABBREVIATIONS.test(candidate.slice(0, match.index + 1 - start))) continue
    sentences.push(candidate.trim())
    start = match.index + match[0].length
  }
  const rest = block.slice(start).trim()
  if (rest) sentences.push(rest)
  return sentences.filter((sentence) => wordsIn(sentence).length > 0)
}

/** Words as a reader sees them: "1,000", "3-7", "don't" and "eye-area" each count once. */
export function wordsIn(sentence: string): string[] {
  return sentence.split(/[\s/–—]+/).filter((token) => /[\p{L}\p{N}]/u.test(token))
}

/** Syllables per word; a numeral counts as at least one, since syllable() gives digits none. */
const syllablesIn = (word: string) => Math.max(1, syllable(word))

/** Flesch-Kincaid grade, average and longest sentence of an MDX article body. */
export function measureReadability(mdx: string): Readability {
  const sentences = articleProse(mdx).flatMap(splitSentences)
  let words = 0
  let syllables = 0
  let longestSentence = { words: 0, text: '' }
  for (const sentence of sentences) {
    const sentenceWords = wordsIn(sentence)
    words += sentenceWords.length
    syllables += sentenceWords.reduce((sum, word) => sum + syllablesIn(word), 0)
    if (sentenceWords.length > longestSentence.words) longestSentence = { words: sentenceWords.length, text: sentence }
  }
  const count = sentences.length
  return {
    grade: count === 0 ? 0 : round(fleschKincaid({ sentence: count, word: words, syllable: syllables })),
    sentences: count,
    words,
    averageSentenceWords: count === 0 ? 0 : round(words / count),
    longestSentence,
  }
}

/** Reasons an article fails the readability limits; empty when it passes. */
export function readabilityProblems(result: Readability, limits = READABILITY_LIMITS): string[] {
  const problems: string[] = []
  if (result.grade > limits.grade) problems.push(`grade ${result.grade} is above ${limits.grade}`)
  if (result.averageSentenceWords > limits.averageSentenceWords) {
    problems.push(`average sentence is ${result.averageSentenceWords} words, above ${limits.averageSentenceWords}`)
  }
  if (result.longestSentence.words > limits.longestSentenceWords) {
    problems.push(`a sentence has ${result.longestSentence.words} words, above ${limits.longestSentenceWords}: "${result.longestSentence.text}"`)
  }
  return problems
}

const round = (value: number) => Math.round(value * 10) / 10
