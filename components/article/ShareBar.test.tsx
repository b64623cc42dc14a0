/** @vitest-environment jsdom */
import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { enhanceShareBar, shareableUrl } from '@/islands/share-bar'
import { ShareBar } from './ShareBar'

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
    const { container } = render(<ShareBar canonicalUrl="https://example.org/articles/a/" title="An article" />)
    enhanceShareBar(container.querySelector('[data-share-bar]') as HTMLElement)
  }

  it('is plain HTML: no framework needed, and hidden without JavaScript', () => {
    const { container } = render(<ShareBar canonicalUrl="https://example.org/articles/a/" title="An article" />)
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
