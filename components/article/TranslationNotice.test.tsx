/** @vitest-environment jsdom */
import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { TranslationNotice } from './TranslationNotice'
import { exampleCheckedTranslation, exampleTranslation, examples } from './TranslationNotice.examples'
import { englishMessagesIn } from './test-support'

describe('TranslationNotice', () => {
  it('says a Spanish page is a translation, linking to the English page, with who reviewed that and when', () => {
    const { container } = render(examples.spanish)
    expect(container).toHaveTextContent(
      'Esta página es una traducción de la versión en inglés, revisada por Dr. Victor Beer el 30 de noviembre de 2026.',
    )
    const link = screen.getByRole('link', { name: 'la versión en inglés' })
    expect(link).toHaveAttribute('href', '/articles/common-side-effects/')
    expect(link).toHaveAttribute('hreflang', 'en')
    expect(container.querySelector('time')).toHaveAttribute('datetime', '2026-11-30')
    expect(englishMessagesIn(container)).toEqual([])
  })

  it('names no translator and no translation reviewer unless the content gives them', () => {
    const { container } = render(examples.spanish)
    expect(container).not.toHaveTextContent('Traducción:')
    expect(container).not.toHaveTextContent('Revisión de la traducción')
    const blank = render(
      <TranslationNotice translation={{ ...exampleTranslation, translator: ' ', translationReviewer: '' }} locale="es" />,
    )
    expect(blank.container).not.toHaveTextContent('Traducción:')
    expect(blank.container).not.toHaveTextContent('Revisión de la traducción')
  })

  it('names the translator and the translation reviewer, with the date, when the content gives them', () => {
    const { container } = render(examples.spanishWithTranslatorAndReviewer)
    expect(container).toHaveTextContent(
      '30 de noviembre de 2026. Traducción: Ana Traductora. Revisión de la traducción: Dra. Elena Revisora, 3 de diciembre de 2026.',
    )
    expect([...container.querySelectorAll('time')].map((time) => time.getAttribute('datetime'))).toEqual(['2026-11-30', '2026-12-03'])
    expect(englishMessagesIn(container)).toEqual([])
  })

  it('names a translation reviewer without a date when the content gives none', () => {
    const undated = { ...exampleTranslation, translationReviewer: exampleCheckedTranslation.translationReviewer }
    const { container } = render(<TranslationNotice translation={undated} locale="es" />)
    expect(container).toHaveTextContent('Revisión de la traducción: Dra. Elena Revisora.')
    expect(container.querySelectorAll('time')).toHaveLength(1)
  })

  it('shows nothing in English, the source edition, whatever it is given', () => {
    expect(render(<TranslationNotice translation={exampleCheckedTranslation} locale="en" />).container).toBeEmptyDOMElement()
  })

  it('shows nothing on a Spanish page without translation facts', () => {
    expect(render(<TranslationNotice locale="es" />).container).toBeEmptyDOMElement()
  })
})
