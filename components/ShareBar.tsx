'use client'

import { useState, useSyncExternalStore } from 'react'

const noSubscription = () => () => {}

/** The address to share: this page's canonical URL plus the section in view, never any query string. */
export function shareableUrl(canonicalUrl: string, hash: string): string {
  const url = new URL(canonicalUrl)
  url.search = ''
  url.hash = /^#[\w-]+$/.test(hash) ? hash : ''
  return url.toString()
}

type ShareBarProps = { canonicalUrl: string; title: string }

/**
 * Copy link, share and print for clinic staff. Copying uses the Clipboard API
 * and falls back to a selected text box; the share button appears only where
 * the browser has the Web Share API. Without JavaScript the bar stays hidden
 * and the address bar and the browser's own print still work.
 */
export function ShareBar({ canonicalUrl, title }: ShareBarProps) {
  const hasScript = useSyncExternalStore(noSubscription, () => true, () => false)
  const canShare = useSyncExternalStore(noSubscription, () => typeof navigator.share === 'function', () => false)
  const [message, setMessage] = useState('')
  const [manualUrl, setManualUrl] = useState<string | null>(null)

  const currentUrl = () => shareableUrl(canonicalUrl, window.location.hash)

  const copy = async () => {
    const url = currentUrl()
    try {
      await navigator.clipboard.writeText(url)
      setManualUrl(null)
      setMessage(url.includes('#') ? 'Link to this section copied.' : 'Link copied.')
    } catch {
      setManualUrl(url)
      setMessage('Copying is not available here. The link is selected below: copy it from there.')
    }
  }

  const share = async () => {
    try {
      await navigator.share({ title, url: currentUrl() })
    } catch {
      // The reader closed the share sheet: nothing to report.
    }
  }

  const buttonClass = 'inline-flex min-h-11 items-center rounded-md border-2 border-brand px-4 font-semibold text-brand-dark hover:bg-brand-light'
  return (
    <div hidden={!hasScript} className="share-bar no-print my-4" data-pagefind-ignore>
      <div className="flex flex-wrap gap-3">
        <button type="button" className={buttonClass} onClick={copy}>
          Copy link
        </button>
        {canShare ? (
          <button type="button" className={buttonClass} onClick={share}>
            Share
          </button>
        ) : null}
        <button type="button" className={buttonClass} onClick={() => window.print()}>
          Print handout
        </button>
      </div>
      <p role="status" className="mt-2 mb-0 min-h-6 text-[0.95rem]">
        {message}
      </p>
      {manualUrl !== null ? (
        <input aria-label="Link to copy" readOnly value={manualUrl} className="mt-1 w-full rounded border border-line p-2" ref={(element) => element?.select()} />
      ) : null}
    </div>
  )
}
