/** @vitest-environment jsdom */
import fs from 'node:fs'
import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { articleMessages } from '@/components/article/messages'
import { examples } from '@/components/article/ShareBar.examples'
import { IslandError } from './island-error'
import { enhanceShareBar, shareBarMessages } from './share-bar'

const barIn = (container: HTMLElement) => container.querySelector<HTMLElement>('[data-share-bar]')!

/** The Spanish bar as ShareBar.tsx writes it, with its module running. */
function spanishBar() {
  const { container } = render(examples.articleSpanish)
  enhanceShareBar(barIn(container))
  return barIn(container)
}

describe('the share bar module in the Spanish edition', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    window.location.hash = ''
  })

  it('says the link was copied in Spanish', async () => {
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText: vi.fn().mockResolvedValue(undefined) } })
    spanishBar()
    await userEvent.click(screen.getByRole('button', { name: 'Copiar enlace' }))
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Enlace copiado.'))
  })

  it('says in Spanish that the link to the section in view was copied', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined)
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } })
    window.location.hash = '#efectos-frecuentes'
    spanishBar()
    await userEvent.click(screen.getByRole('button', { name: 'Copiar enlace' }))
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Enlace a esta sección copiado.'))
    expect(writeText).toHaveBeenCalledWith('https://example.org/es/articles/common-side-effects/#efectos-frecuentes')
  })

  it('explains in Spanish when copying is refused, and names the box that holds the link in Spanish', async () => {
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText: vi.fn().mockRejectedValue(new Error('denied')) } })
    const bar = spanishBar()
    await userEvent.click(screen.getByRole('button', { name: 'Copiar enlace' }))
    const box = await screen.findByRole('textbox', { name: 'Enlace para copiar' })
    expect(box).toHaveValue('https://example.org/es/articles/common-side-effects/')
    expect(screen.getByRole('status')).toHaveTextContent('Aquí no se puede copiar. El enlace está seleccionado abajo: cópielo desde ahí.')
    expect(bar.textContent).not.toMatch(/Link|Copying|copied/)
  })
})

describe('the share bar module without its texts', () => {
  it.each(['data-message-copied', 'data-message-section-copied', 'data-message-copy-failed', 'data-message-fallback-label'])(
    'throws an IslandError naming %s when it is missing, instead of writing English',
    (attribute) => {
      const { container } = render(examples.articleSpanish)
      const bar = barIn(container)
      bar.removeAttribute(attribute)
      expect(() => enhanceShareBar(bar)).toThrow(IslandError)
      expect(() => enhanceShareBar(bar)).toThrow(`Island "share-bar": ${attribute} is missing from its markup`)
    },
  )

  it('counts an empty text as missing', () => {
    const { container } = render(examples.article)
    const bar = barIn(container)
    bar.setAttribute('data-message-copied', ' ')
    expect(() => shareBarMessages(bar)).toThrow('data-message-copied is missing')
  })

  it('reads each edition’s texts from the bar, exactly as the catalogue gives them', () => {
    for (const [locale, example] of [
      ['en', examples.article],
      ['es', examples.articleSpanish],
    ] as const) {
      const { container, unmount } = render(example)
      const t = articleMessages[locale]
      expect(shareBarMessages(barIn(container))).toEqual({
        messageCopied: t.shareLinkCopied,
        messageSectionCopied: t.shareSectionLinkCopied,
        messageCopyFailed: t.shareCopyFailed,
        messageFallbackLabel: t.shareFallbackLabel,
      })
      unmount()
    }
  })

  it('carries no English text of its own to fall back on', () => {
    const source = fs.readFileSync('islands/share-bar.ts', 'utf8')
    const t = articleMessages.en
    for (const text of [t.shareLinkCopied, t.shareSectionLinkCopied, t.shareCopyFailed, t.shareFallbackLabel])
      expect(source).not.toContain(text)
  })
})
