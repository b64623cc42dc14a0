/** @vitest-environment jsdom */
import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { enhanceShareBar, shareableUrl } from '@/islands/share-bar'
import { ShareBar } from './ShareBar'
import { examples } from './ShareBar.examples'
import { englishMessagesIn } from './test-support'

describe('shareableUrl', () => {
  it('keeps the section but drops any query string, so shared links carry no tracking', () => {
    expect(shareableUrl('https://example.org/articles/a/?utm_source=x', '#headache-after-botox')).toBe(
      'https://example.org/articles/a/#headache-after-botox',
    )
  })
  it('ignores a hash that is not a plain section id', () => {
    expect(shareableUrl('https://example.org/articles/a/', '#<script>')).toBe('https://example.org/articles/a/')
    expect(shareableUrl('https://example.org/articles/a/', '')).toBe('https://example.org/articles/a/')
  })
})

describe('ShareBar with its module (islands/share-bar.ts)', () => {
  afterEach(() => vi.unstubAllGlobals())

  const setUp = () => {
    const { container } = render(<ShareBar canonicalUrl="https://example.org/articles/a/" title="An article" locale="en" />)
    enhanceShareBar(container.querySelector('[data-share-bar]') as HTMLElement)
  }

  it('is plain HTML: no framework needed, and hidden without JavaScript', () => {
    const { container } = render(<ShareBar canonicalUrl="https://example.org/articles/a/" title="An article" locale="en" />)
    expect(container.querySelector('[data-share-bar]')).toHaveClass('js-only')
    expect(container.querySelector('[data-island]')).toBeNull()
    expect(container.querySelector('script[type="module"]')).toHaveAttribute('src', '/islands/share-bar.js')
  })

  it('copies the address without its query string and says so', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined)
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } })
    setUp()
    await userEvent.click(screen.getByRole('button', { name: 'Copy link' }))
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Link copied.'))
    expect(writeText).toHaveBeenCalledWith('https://example.org/articles/a/')
  })

  it('shows the link selected in a text box when copying is refused', async () => {
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText: vi.fn().mockRejectedValue(new Error('denied')) } })
    setUp()
    await userEvent.click(screen.getByRole('button', { name: 'Copy link' }))
    const box = await screen.findByRole('textbox', { name: 'Link to copy' })
    expect(box).toHaveValue('https://example.org/articles/a/')
    expect(box).toHaveFocus()
  })

  it('offers Share only where the browser has the Web Share API', async () => {
    setUp()
    expect(screen.queryByRole('button', { name: 'Share' })).toBeNull()
    document.body.innerHTML = ''
    const share = vi.fn().mockResolvedValue(undefined)
    vi.stubGlobal('navigator', { ...navigator, share })
    setUp()
    await userEvent.click(screen.getByRole('button', { name: 'Share' }))
    expect(share).toHaveBeenCalledWith({ title: 'An article', url: 'https://example.org/articles/a/' })
  })
})

describe('ShareBar in Spanish', () => {
  it('labels its buttons in Spanish', () => {
    render(examples.articleSpanish)
    expect(screen.getAllByRole('button', { hidden: true }).map((button) => button.textContent)).toEqual([
      'Copiar enlace',
      'Compartir',
      'Imprimir hoja informativa',
    ])
  })

  it('hands its module the status texts in the page’s language, and no English', () => {
    const { container } = render(examples.articleSpanish)
    const bar = container.querySelector<HTMLElement>('[data-share-bar]')!
    expect({ ...bar.dataset }).toMatchObject({
      canonicalUrl: 'https://example.org/es/articles/common-side-effects/',
      messageCopied: 'Enlace copiado.',
      messageSectionCopied: 'Enlace a esta sección copiado.',
      messageCopyFailed: 'Aquí no se puede copiar. El enlace está seleccionado abajo: cópielo desde ahí.',
      messageFallbackLabel: 'Enlace para copiar',
    })
    expect(englishMessagesIn(container)).toEqual([])
  })

  it('hands the English bar the texts its module has always shown', () => {
    const { container } = render(examples.article)
    expect({ ...container.querySelector<HTMLElement>('[data-share-bar]')!.dataset }).toMatchObject({
      messageCopied: 'Link copied.',
      messageSectionCopied: 'Link to this section copied.',
      messageCopyFailed: 'Copying is not available here. The link is selected below: copy it from there.',
      messageFallbackLabel: 'Link to copy',
    })
  })
})
