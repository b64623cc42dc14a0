import { articleProse, wordsIn } from './readability'

/**
 * Readability of the Spanish edition: the Szigriszt-Pazos "perspicuity" formula
 * on the INFLESZ scale (Barrio-Cantalejo et al., 2008), the measure Spanish
 * health-information studies use. Below 40 is "very hard", 40–55 "somewhat
 * hard", 55–65 "normal", 65–80 "fairly easy", above 80 "very easy".
 *
 * Hand-written, because no maintained npm package counts Spanish syllables
 * (`syllable` and `flesch-kincaid` are English-only). Spanish spelling is
 * regular enough that counting vowel nuclei with the diphthong and hiatus rules
 * is exact for almost every word; readability-es.test.ts checks the counter
 * against a list of words with known syllable counts.
 */
export const SPANISH_READABILITY_LIMITS = { minimumInflesz: 55, longestSentenceWords: 30 } as const

export const INFLESZ_BANDS = [
  { from: 80, label: 'muy fácil' },
  { from: 65, label: 'bastante fácil' },
  { from: 55, label: 'normal' },
  { from: 40, label: 'algo difícil' },
  { from: -Infinity, label: 'muy difícil' },
] as const

export const infleszBand = (score: number): string => INFLESZ_BANDS.find((band) => score >= band.from)?.label ?? 'muy difícil'

const STRONG = new Set(['a', 'e', 'o', 'á', 'é', 'ó'])
/** An accented weak vowel is stressed, so next to a strong vowel it stands in a syllable of its own (dí-a, ba-úl). */
const ACCENTED_WEAK = new Set(['í', 'ú'])
/** Two different weak vowels always join, accented or not (ciu-dad, cuí-da-te, lin-güís-ti-ca). */
const WEAK = new Set(['i', 'u', 'ü', 'í', 'ú'])
const VOWELS = /[aeiouáéíóúü]/

/** Syllables in one Spanish word. Digits are read aloud, so each counts as one syllable. */
export function spanishSyllables(word: string): number {
  const digits = (word.match(/\d/g) ?? []).length
  const letters = word
    .toLowerCase()
    .replace(/[^a-záéíóúüñ]/g, '')
    // "que", "qui", "gue", "gui": the u is not pronounced ("gü" keeps it: pin-güi-no).
    .replace(/([qg])u([eéií])/g, '$1$2')
    // A final y after a vowel is a vowel (hoy, muy, Uruguay); elsewhere it is a consonant.
    .replace(/([aeiouáéíóú])y$/, '$1i')
    // A silent h between vowels does not stop them joining (pro-hi-bir, rehu-sar).
    .replace(/([aeiouáéíóúü])h(?=[aeiouáéíóúü])/g, '$1')
  let syllables = 0
  let previous = ''
  for (const letter of letters === 'y' ? 'i' : letters) {
    if (!VOWELS.test(letter)) {
      previous = ''
      continue
    }
    const bothWeak = WEAK.has(previous) && WEAK.has(letter)
    const joinsPrevious =
      previous !== '' &&
      previous !== letter &&
      (bothWeak || (!(STRONG.has(previous) && STRONG.has(letter)) && !ACCENTED_WEAK.has(previous) && !ACCENTED_WEAK.has(letter)))
    if (!joinsPrevious) syllables += 1
    previous = letter
  }
  // A word of consonants only (an initial such as "Dr") is still read as a syllable.
  return syllables + digits || (letters ? 1 : 0)
}

/** Abbreviations that end in a full stop without ending a sentence: "Dr.", "EE. UU.", "p. ej.". */
const ABBREVIATIONS = /\b(?:Dr|Dra|Sr|Sra|EE|UU|p|ej|etc|aprox|núm|pág)\.$/i

/** Splits Spanish prose into sentences: after . ! ? (and a closing mark) when the next one starts with a capital, digit, ¿ or ¡. */
export function splitSpanishSentences(block: string): string[] {
  const sentences: string[] = []
  let start = 0
  const boundary = /[.!?]["')\]»]?(?=\s+["'(«¿¡]?[A-ZÁÉÍÓÚÑÜ0-9])/g
  for (let match = boundary.exec(block); match; match = boundary.exec(block)) {
    const candidate = block.slice(start, match.index + 1)
    if (ABBREVIATIONS.test(candidate)) continue
    sentences.push(block.slice(start, match.index + match[0].length).trim())
    start = match.index + match[0].length
  }
  const rest = block.slice(start).trim()
  if (rest) sentences.push(rest)
  return sentences.filter((sentence) => wordsIn(sentence).length > 0)
}

export type SpanishReadability = {
  inflesz: number
  band: string
  sentences: number
  words: number
  syllables: number
  averageSentenceWords: number
  longestSentence: { words: number; text: string }
}

const round = (value: number) => Math.round(value * 10) / 10

/** INFLESZ = 206.835 − 62.3 × syllables per word − words per sentence. */
export function inflesz(counts: { sentences: number; words: number; syllables: number }): number {
  if (counts.sentences === 0 || counts.words === 0) return 0
  return round(206.835 - (62.3 * counts.syllables) / counts.words - counts.words / counts.sentences)
}

/** The INFLESZ score, sentence lengths and counts of a Spanish MDX body's prose (the same prose the English measure reads). */
export function measureSpanishReadability(mdx: string): SpanishReadability {
  const sentences = articleProse(mdx).flatMap(splitSpanishSentences)
  let words = 0
  let syllables = 0
  let longestSentence = { words: 0, text: '' }
  for (const sentence of sentences) {
    const sentenceWords = wordsIn(sentence)
    words += sentenceWords.length
    syllables += sentenceWords.reduce((sum, word) => sum + spanishSyllables(word), 0)
    if (sentenceWords.length > longestSentence.words) longestSentence = { words: sentenceWords.length, text: sentence }
  }
  const score = inflesz({ sentences: sentences.length, words, syllables })
  return {
    inflesz: score,
    band: infleszBand(score),
    sentences: sentences.length,
    words,
    syllables,
    averageSentenceWords: sentences.length === 0 ? 0 : round(words / sentences.length),
    longestSentence,
  }
}

/** Reasons a Spanish text fails the limits; empty when it passes. */
export function spanishReadabilityProblems(result: SpanishReadability, limits = SPANISH_READABILITY_LIMITS): string[] {
  const problems: string[] = []
  if (result.inflesz < limits.minimumInflesz) {
    problems.push(`INFLESZ ${result.inflesz} ("${result.band}") is below ${limits.minimumInflesz} ("normal")`)
  }
  if (result.longestSentence.words > limits.longestSentenceWords) {
    problems.push(`a sentence has ${result.longestSentence.words} words, above ${limits.longestSentenceWords}: "${result.longestSentence.text}"`)
  }
  return problems
}
