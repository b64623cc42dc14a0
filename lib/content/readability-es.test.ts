import { describe, expect, it } from 'vitest'
import {
  inflesz,
  infleszBand,
  measureSpanishReadability,
  spanishReadabilityProblems,
  spanishSyllables,
  splitSpanishSentences,
} from './readability-es'

/**
 * Words with their syllable counts as the Real Academia Española's rules divide them
 * (diphthongs, triphthongs, hiatus, accented weak vowels, silent u, "gü", final y, h between vowels).
 */
const WORDS: Record<string, number> = {
  a: 1, y: 1, que: 1, hoy: 1, muy: 1, hay: 1, ley: 1, rey: 1, buey: 1, fiel: 1,
  país: 2, ciudad: 2, leer: 2, creer: 2, guerra: 2, queso: 2, quince: 2, riesgo: 2, dolor: 2, ojo: 2,
  día: 2, río: 2, tío: 2, maíz: 2, raíz: 2, baúl: 2, ahí: 2, búho: 2, reina: 2, causa: 2, aire: 2,
  oigo: 2, viuda: 2, huevo: 2, cuota: 2,
  toxina: 3, aguja: 3, pingüino: 3, oído: 3, caído: 3, párpado: 3, inyección: 3, aceite: 3, cuidado: 3,
  Europa: 3, poeta: 3, teatro: 3, ataúd: 3, guitarra: 3, vergüenza: 3, cigüeña: 3, historia: 3,
  náuseas: 3, hinchazón: 3, moretón: 3, médico: 3, efecto: 3, reacción: 3, alergia: 3, cabeza: 3,
  estudio: 3, ahora: 3, Uruguay: 3, Paraguay: 3, chiita: 3,
  murciélago: 4, océano: 4, averiguáis: 4, secundario: 4, emergencias: 4, lingüística: 4, acentúo: 4,
  continúa: 4, zoólogo: 4,
  botulínica: 5, especialista: 5,
  cuídate: 3, destruí: 2,
  enfermedades: 5, complicaciones: 5, probablemente: 5,
}

describe('spanishSyllables', () => {
  it.each(Object.entries(WORDS))('%s has %i', (word, count) => {
    expect(spanishSyllables(word)).toBe(count)
  })

  it('ignores case and punctuation around a word', () => {
    expect(spanishSyllables('«Párpado»,')).toBe(3)
    expect(spanishSyllables('¿Cuándo?')).toBe(2)
  })

  it('reads a numeral as one syllable a digit, since it is read aloud', () => {
    expect(spanishSyllables('100')).toBe(3)
    expect(spanishSyllables('2,4')).toBe(2)
  })
})

describe('splitSpanishSentences', () => {
  it('splits before an opening question or exclamation mark, a capital or a digit', () => {
    expect(splitSpanishSentences('Es leve. ¿Cuánto dura? Unas semanas. 3 de cada 100 lo notan. Á veces no.')).toEqual([
      'Es leve.',
      '¿Cuánto dura?',
      'Unas semanas.',
      '3 de cada 100 lo notan.',
      'Á veces no.',
    ])
  })

  it('does not split after "Dr.", "EE. UU." or "p. ej."', () => {
    expect(splitSpanishSentences('El Dr. Beer lo revisó en EE. UU. Ahora vive allí.')).toEqual(['El Dr. Beer lo revisó en EE. UU. Ahora vive allí.'])
    expect(splitSpanishSentences('Un producto, p. ej. Botox, se inyecta.')).toEqual(['Un producto, p. ej. Botox, se inyecta.'])
  })
})

describe('inflesz', () => {
  it('is 206.835 − 62.3 × syllables per word − words per sentence', () => {
    expect(inflesz({ sentences: 2, words: 20, syllables: 40 })).toBe(Math.round((206.835 - 62.3 * 2 - 10) * 10) / 10)
    expect(inflesz({ sentences: 0, words: 0, syllables: 0 })).toBe(0)
  })

  it('names the INFLESZ band', () => {
    expect([infleszBand(85), infleszBand(70), infleszBand(55), infleszBand(54.9), infleszBand(20)]).toEqual([
      'muy fácil',
      'bastante fácil',
      'normal',
      'algo difícil',
      'muy difícil',
    ])
  })
})

describe('measureSpanishReadability', () => {
  it('measures prose only, without headings, citations or components', () => {
    const mdx = ['## Un título largo que no se mide', '', 'El moretón es leve.<Cite source="KEY" /> Se va solo.', '', '<RiskFigure id="x" />'].join('\n')
    const result = measureSpanishReadability(mdx)
    expect(result).toMatchObject({ sentences: 2, words: 7 })
    // el(1) mo-re-tón(3) es(1) le-ve(2) se(1) va(1) so-lo(2) = 11 syllables in 7 words, 3.5 words a sentence
    expect(result.syllables).toBe(11)
    expect(result.inflesz).toBe(inflesz({ sentences: 2, words: 7, syllables: 11 }))
  })

  it('fails a hard text and a sentence over 30 words, and passes an easy one', () => {
    const hard = measureSpanishReadability(
      'La administración intramuscular de neurotoxina botulínica ocasiona, excepcionalmente, complicaciones sistémicas potencialmente irreversibles.',
    )
    expect(spanishReadabilityProblems(hard).join()).toMatch(/INFLESZ .* is below 55/)
    const long = measureSpanishReadability(`${Array.from({ length: 31 }, () => 'sol').join(' ')}.`)
    expect(spanishReadabilityProblems(long).join()).toMatch(/a sentence has 31 words, above 30/)
    expect(spanishReadabilityProblems(measureSpanishReadability('El moretón es leve. Se va solo en pocos días.'))).toEqual([])
  })
})
