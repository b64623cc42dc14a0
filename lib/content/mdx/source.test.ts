import { describe, expect, it } from 'vitest'
import { extractCitedKeys, extractToc, headingLevels, headingText } from './source'

describe('extractToc', () => {
  it('lists h2 and h3 headings with github-style ids', () => {
    const toc = extractToc('Intro\n\n## How long does a bruise last?\n\n### Day 1 to 3\n\n#### Too deep\n')
    expect(toc).toEqual([
      { depth: 2, text: 'How long does a bruise last?', id: 'how-long-does-a-bruise-last' },
      { depth: 3, text: 'Day 1 to 3', id: 'day-1-to-3' },
    ])
  })
  it('numbers repeated headings the way rehype-slug does', () => {
    expect(extractToc('## Symptoms\n\n## Symptoms\n').map((entry) => entry.id)).toEqual(['symptoms', 'symptoms-1'])
  })
  it('ignores lines inside fenced code blocks', () => {
    expect(extractToc('```md\n## Not a heading\n```\n\n## Real\n').map((entry) => entry.text)).toEqual(['Real'])
  })
  it('strips links, emphasis and citation markers from heading text', () => {
    expect(headingText('What **helps** with [bruising](/a/)?<Cite source="X" />')).toBe('What helps with bruising?')
  })
})

describe('extractCitedKeys', () => {
  it('returns keys in order of first use without repeats', () => {
    expect(extractCitedKeys('A<Cite source="B-1" /> b<Cite source="A-2" /> c<Cite source="B-1" />')).toEqual(['B-1', 'A-2'])
  })
})

describe('headingLevels', () => {
  it('finds an h1 in the body', () => {
    expect(headingLevels('# Title\n\n## Part\n')).toEqual([1, 2])
  })
})
