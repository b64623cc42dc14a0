import { describe, expect, it } from 'vitest'
import { articleProse, measureReadability, readabilityProblems, splitSentences, wordsIn, READABILITY_LIMITS } from './readability'

describe('articleProse', () => {
  it('keeps paragraphs and list items but not headings, tables, code or figures', () => {
    const mdx = [
      'Most side effects are mild.<Cite source="KEY-A" /> They pass.',
      '',
      '## A heading that is not prose',
      '',
      '- a bruise',
      '- a headache',
      '',
      '| Effect | Botox |',
      '| ------ | ----- |',
      '| Pain   | 3     |',
      '',
      '```',
      'code is not read',
      '```',
      '',
      '<RiskFigure id="any-side-effect-cosmetic" />',
    ].join('\n')
    expect(articleProse(mdx)).toEqual(['Most side effects are mild. They pass.', 'a bruise', 'a headache'])
  })

  it('reads a care card: its title and the advice inside it', () => {
    const mdx = '<CareCard level="urgent" title="Contact the clinic today if:">\n\n- an eye will not close.\n\n</CareCard>'
    expect(articleProse(mdx)).toEqual(['Contact the clinic today if:', 'an eye will not close.'])
  })

  it('reads the words of a link but not its address', () => {
    expect(articleProse('See [the urgent help page](/urgent-help/) now.')).toEqual(['See the urgent help page now.'])
  })
})

describe('splitSentences', () => {
  it('splits at full stops, question and exclamation marks', () => {
    expect(splitSentences('It is mild. Does it last? No. 3 in 100 had it.')).toEqual(['It is mild.', 'Does it last?', 'No.', '3 in 100 had it.'])
  })

  it('does not split after an abbreviation or inside a number', () => {
    expect(splitSentences('Ask Dr. Beer about it. About 1.5 in 100 people had it.')).toEqual(['Ask Dr. Beer about it.', 'About 1.5 in 100 people had it.'])
  })
})

describe('wordsIn', () => {
  it('counts numbers, hyphenated words and contractions once, and ignores dashes', () => {
    expect(wordsIn("About 6 in 1,000 don't get a well-known side effect – ever.")).toEqual([
      'About', '6', 'in', '1,000', "don't", 'get', 'a', 'well-known', 'side', 'effect', 'ever.',
    ])
  })
})

describe('measureReadability', () => {
  it('gives the Flesch-Kincaid grade of the counted words, sentences and syllables', () => {
    // 2 sentences, 8 words, 9 syllables ("The cat sat." = 3 words, 3 syllables; "It was a happy day." = 5 words, 6 syllables).
    const result = measureReadability('The cat sat. It was a happy day.')
    expect(result).toMatchObject({ sentences: 2, words: 8, averageSentenceWords: 4 })
    expect(result.grade).toBeCloseTo(0.39 * 4 + 11.8 * (9 / 8) - 15.59, 1)
    expect(result.longestSentence).toEqual({ words: 5, text: 'It was a happy day.' })
  })

  it('scores long, many-syllabled prose above plain prose', () => {
    const plain = measureReadability('Most people feel fine. A bruise may last a few days. Ask your clinic if you are worried.')
    const dense = measureReadability(
      'Iatrogenic blepharoptosis, consequent upon unintended diffusion of neuromodulatory agents, necessitates ophthalmological evaluation.',
    )
    expect(plain.grade).toBeLessThan(READABILITY_LIMITS.grade)
    expect(dense.grade).toBeGreaterThan(READABILITY_LIMITS.grade)
  })
})

describe('readabilityProblems', () => {
  const base = { grade: 6, sentences: 10, words: 120, averageSentenceWords: 12, longestSentence: { words: 20, text: 'x' } }

  it('passes text within every limit, including exactly at a limit', () => {
    expect(readabilityProblems(base)).toEqual([])
    expect(readabilityProblems({ ...base, grade: 8, averageSentenceWords: 17, longestSentence: { words: 30, text: 'x' } })).toEqual([])
  })

  it('names each limit that is broken', () => {
    expect(readabilityProblems({ ...base, grade: 8.1 })).toEqual(['grade 8.1 is above 8'])
    expect(readabilityProblems({ ...base, averageSentenceWords: 17.5 })).toEqual(['average sentence is 17.5 words, above 17'])
    expect(readabilityProblems({ ...base, longestSentence: { words: 31, text: 'Too long.' } })).toEqual([
      'a sentence has 31 words, above 30: "Too long."',
    ])
  })
})
