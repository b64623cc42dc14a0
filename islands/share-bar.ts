import { copyToClipboard, selectedTextClass } from '@/lib/browser/clipboard'
import { IslandError } from './island-error'

/**
 * Copy link, Share and Print for the article pages. The buttons are plain
 * HTML from components/ShareBar.tsx; this small module (no framework) gives
 * them behaviour, so an article needs no island and no Preact. It is bundled
 * by scripts/build/build-islands.mjs with the islands and shares their clipboard
 * helper. Without JavaScript the bar is hidden (islands/no-js.css).
 *
 * It carries no text of its own: what it writes (the status line, the fallback box's name) is in the bar's
 * data-message-* attributes, in the page's language. A missing one is a broken page, not a reason to write English
 * on a Spanish page, so it throws.
 */

const NAME = 'share-bar'

/** The texts the module writes, each from its data-message-* attribute (dataset key → attribute in the error). */
const MESSAGE_ATTRIBUTES = {
  messageCopied: 'data-message-copied',
  messageSectionCopied: 'data-message-section-copied',
  messageCopyFailed: 'data-message-copy-failed',
  messageFallbackLabel: 'data-message-fallback-label',
} as const

export type ShareBarMessages = Record<keyof typeof MESSAGE_ATTRIBUTES, string>

/** The bar's texts, from its data-message-* attributes; throws IslandError naming the first one that is missing or empty. */
export function shareBarMessages(bar: HTMLElement): ShareBarMessages {
  const entries = Object.entries(MESSAGE_ATTRIBUTES).map(([key, attribute]) => {
    const text = bar.dataset[key]
    if (!text?.trim()) throw new IslandError(NAME, `${attribute} is missing from its markup`)
    return [key, text]
  })
  return Object.fromEntries(entries) as ShareBarMessages
}

/** The address to share: the page's canonical URL plus the section in view, never any query string. */
export function shareableUrl(canonicalUrl: string, hash: string): string {
  const url = new URL(canonicalUrl)
  url.search = ''
  url.hash = /^#[\w-]+$/.test(hash) ? hash : ''
  return url.toString()
}

/** Shows the link selected in a read-only box (the look SelectedText gives the tools), for the reader to copy by hand. */
function showSelected(bar: HTMLElement, text: string, label: string): void {
  let box = bar.querySelector<HTMLInputElement>('[data-share-fallback]')
  if (!box) {
    box = document.createElement('input')
    box.setAttribute('data-share-fallback', '')
    box.setAttribute('aria-label', label)
    box.readOnly = true
    box.className = selectedTextClass
    bar.append(box)
  }
  box.value = text
  box.focus()
  box.select()
}

/** Fails loudly when the bar's markup is not what ShareBar.tsx writes. */
function part<T extends Element>(bar: HTMLElement, selector: string): T {
  const element = bar.querySelector<T>(selector)
  if (!element) throw new IslandError(NAME, `${selector} is missing from its markup`)
  return element
}

export function enhanceShareBar(bar: HTMLElement): void {
  const { canonicalUrl, title } = bar.dataset
  if (!canonicalUrl) throw new IslandError(NAME, 'data-canonical-url is missing from its markup')
  const messages = shareBarMessages(bar)
  const status = part<HTMLElement>(bar, '[role="status"]')
  const shareButton = part<HTMLButtonElement>(bar, '[data-share-action="share"]')
  const currentUrl = () => shareableUrl(canonicalUrl, window.location.hash)
  if (typeof navigator.share === 'function') shareButton.hidden = false

  bar.addEventListener('click', async (event) => {
    const action = (event.target as Element).closest<HTMLElement>('[data-share-action]')?.dataset.shareAction
    if (action === 'copy') {
      const url = currentUrl()
      if (await copyToClipboard(url)) {
        status.textContent = url.includes('#') ? messages.messageSectionCopied : messages.messageCopied
      } else {
        status.textContent = messages.messageCopyFailed
        showSelected(bar, url, messages.messageFallbackLabel)
      }
    } else if (action === 'share') {
      try {
        await navigator.share({ title, url: currentUrl() })
      } catch {
        // The reader closed the share sheet: nothing to report.
      }
    } else if (action === 'print') {
      window.print()
    }
  })
}

/** Runs as a module on every article page: enhance each bar once. */
export function enhanceShareBars(root: ParentNode = document): void {
  for (const bar of root.querySelectorAll<HTMLElement>('[data-share-bar]')) enhanceShareBar(bar)
}
