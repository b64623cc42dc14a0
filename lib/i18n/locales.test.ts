import { describe, expect, it } from 'vitest'
import { localeOfPath, localePath, sourcePath, translatedPath } from './locales'
import { formatDate, formatNumber } from './format'
import { catalogueProblems, defineMessages, format } from './messages'

describe('edition paths', () => {
  it('keeps English paths and puts Spanish ones under /es/', () => {
    expect(localePath('en', '/articles/x/')).toBe('/articles/x/')
    expect(localePath('es', '/articles/x/')).toBe('/es/articles/x/')
    expect(localePath('es', '/')).toBe('/es/')
    expect(() => localePath('es', 'articles/x/')).toThrow(/not a site path/)
  })

  it('knows the edition of a path and its English source, and maps a page to its twin', () => {
    expect(localeOfPath('/es/')).toBe('es')
    expect(localeOfPath('/es/articles/x/')).toBe('es')
    expect(localeOfPath('/escape/')).toBe('en')
    expect(sourcePath('/es/')).toBe('/')
    expect(sourcePath('/es/urgent-help/')).toBe('/urgent-help/')
    expect(translatedPath('/urgent-help/', 'es')).toBe('/es/urgent-help/')
    expect(translatedPath('/es/urgent-help/', 'en')).toBe('/urgent-help/')
  })
})

describe('formats', () => {
  it('writes dates and numbers the way each edition reads them', () => {
    expect(formatDate('2026-11-24', 'en')).toBe('24 November 2026')
    expect(formatDate('2026-11-24', 'es')).toBe('24 de noviembre de 2026')
    expect(formatNumber(2.4, 'es')).toBe('2,4')
    expect(formatNumber(2.4, 'en')).toBe('2.4')
  })
})

describe('message catalogues', () => {
  it('fills placeholders and refuses an unknown one', () => {
    expect(format('{n} de cada 100', { n: 3 })).toBe('3 de cada 100')
    expect(() => format('{n} in {m}', { n: 3 })).toThrow(/no value for \{m\}/)
  })

  it('names every missing, empty, extra or mismatched translation', () => {
    const good = defineMessages({ en: { a: 'Hello {name}' }, es: { a: 'Hola {name}' } })
    expect(catalogueProblems(good)).toEqual([])
    expect(catalogueProblems({ en: { a: 'A', b: 'B {n}', c: 'C' }, es: { a: ' ', b: 'B', d: 'D' } })).toEqual([
      'es: "a" is empty',
      'es: "b" has placeholders {}, English has {n}',
      'es: missing translation for "c"',
      'es: "d" is not an English key',
    ])
  })
})
