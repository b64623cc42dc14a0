import { describe, expect, it } from 'vitest'
import { elementsNamed, extractCitedKeys, extractToc, readMdx } from './read'

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
    expect(extractToc('## What **helps** with [bruising](/a/)?<Cite source="X" />')).toEqual([{ depth: 2, text: 'What helps with bruising?', id: 'what-helps-with-bruising' }])
  })
  it('sees every heading the renderer sees, setext and inside components too, so ids stay in step', () => {
    const mdx = 'Side effects\n------------\n\n<CareCard level="urgent" title="t">\n\n## Side effects\n\n</CareCard>\n\n## Side effects\n'
    expect(extractToc(mdx).map((entry) => entry.id)).toEqual(['side-effects', 'side-effects-1', 'side-effects-2'])
  })
})

describe('extractCitedKeys', () => {
  it('returns keys in order of first use without repeats', () => {
    expect(extractCitedKeys('A<Cite source="B-1" /> b<Cite source="A-2" /> c<Cite source="B-1" />')).toEqual(['B-1', 'A-2'])
  })
  it('reads a marker however its attributes are written, and never one shown as code', () => {
    const mdx = "A<Cite source='B-1'/> b<Cite\n  source=\"A-2\"\n/>\n\n`<Cite source=\"C-3\" />`\n\n```\n<Cite source=\"D-4\" />\n```"
    expect(extractCitedKeys(mdx)).toEqual(['B-1', 'A-2'])
  })
})

describe('readMdx', () => {
  it('gives every heading level, to catch an h1 that would give a page two', () => {
    expect(readMdx('# Title\n\n## Part\n').headings.map((heading) => heading.depth)).toEqual([1, 2])
  })
  it('lists the components a body uses, with their attributes', () => {
    const mdx = '<RiskFigure id="a" />\n\nText.\n\n<RiskFigure id="b" />\n\n<RecoveryTimeline />'
    expect(elementsNamed(mdx, 'RiskFigure').map((element) => element.attributes.id)).toEqual(['a', 'b'])
    expect(elementsNamed(mdx, 'RecoveryTimeline')).toHaveLength(1)
    expect(elementsNamed(mdx, 'CareCard')).toEqual([])
  })
})

describe('cited keys of a care card that names signs', () => {
  it('adds the sources the card shows from the triage model, in order, after the keys cited before it', () => {
    const mdx = ['Text.<Cite source="NHS-BOTOX" />', '', '<CareCard level="urgent" signs={["eye-will-not-close"]} />', '', 'More.<Cite source="BORBA-2021-APS" />'].join('\n')
    const keys = extractCitedKeys(mdx)
    expect(keys.slice(0, 3)).toEqual(['NHS-BOTOX', 'BORBA-2021-APS', 'HARLEY-2024-DRYEYE'])
    expect(keys).toContain('NHS-111-NEAS')
    expect(new Set(keys).size).toBe(keys.length)
  })

  it('adds nothing for a card the model rejects (the card itself stops the build with the reason)', () => {
    expect(extractCitedKeys('<CareCard level="routine" signs={["trouble-breathing"]} />')).toEqual([])
  })
})
