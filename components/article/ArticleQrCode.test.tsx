/** @vitest-environment jsdom */
import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { examples } from './ArticleQrCode.examples'
import { englishMessagesIn } from './test-support'

describe('ArticleQrCode', () => {
  it('is a named section giving the online address in words and as a QR code picture', () => {
    render(examples.article)
    const section = screen.getByRole('region', { name: 'Read the latest version online' })
    expect(section).toHaveTextContent('go to https://example.org/articles/common-side-effects/')
    const code = screen.getByRole('img', { name: 'QR code for https://example.org/articles/common-side-effects/' })
    expect(code.querySelector('svg')).not.toBeNull()
  })

  it('offers the code as an SVG file for posters, named after the article', () => {
    render(examples.article)
    // jsdom's name computation drops the space that opens the visually hidden " for <title>"; browsers keep it.
    const download = screen.getByRole('link', { name: /^Download the QR code ?for Common side effects of Botox \(SVG, for posters\)$/ })
    expect(download).toHaveAttribute('href', '/articles/common-side-effects/qr.svg')
    expect(download).toHaveAttribute('download', 'common-side-effects-qr-code.svg')
  })

  it('says it all in Spanish on a Spanish page, and offers the Spanish page’s code', () => {
    const { container } = render(examples.articleSpanish)
    const section = screen.getByRole('region', { name: 'Lea la versión más reciente en internet' })
    expect(section).toHaveTextContent(
      'Escanee el código o vaya a https://example.org/es/articles/common-side-effects/. Revisamos y actualizamos los artículos.',
    )
    expect(screen.getByRole('img', { name: 'Código QR de https://example.org/es/articles/common-side-effects/' })).toBeInTheDocument()
    const download = screen.getByRole('link', {
      name: /^Descargar el código QR ?de «Efectos secundarios frecuentes del Botox» \(SVG, para carteles\)$/,
    })
    expect(download).toHaveAttribute('href', '/es/articles/common-side-effects/qr.svg')
    expect(download).toHaveAttribute('download', 'common-side-effects-codigo-qr.svg')
    expect(englishMessagesIn(container)).toEqual([])
  })
})
