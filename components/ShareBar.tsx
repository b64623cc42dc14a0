'use client'

import { useState } from 'react'
import { useBrowserValue, useCopyText } from '@/lib/browser-hooks'
import { secondaryButton } from './button-styles'
import { SelectedText } from './SelectedText'

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
  const canShare = useBrowserValue(() => typeof navigator.share === 'function', false)
  const [message, setMessage] = useState('')
  const { copy: copyText, fallbackText } = useCopyText()

  const currentUrl = () => shareableUrl(canonicalUrl, window.location.hash)

  const copy = async () => {
    const url = currentUrl()
    const copied = await copyText(url)
    if (!copied) setMessage('Copying is not available here. The link is selected below: copy it from there.')
    else setMessage(url.includes('#') ? 'Link to this section copied.' : 'Link copied.')
  }

  const share = async () => {
    try {
      await navigator.share({ title, url: currentUrl() })
    } catch {
      // The reader closed the share sheet: nothing to report.
    }
  }

  return (
    <div className="js-only share-bar no-print my-4" data-pagefind-ignore data-needs-script>
      <div className="flex flex-wrap gap-3">
        <button type="button" className={secondaryButton} onClick={copy}>
          Copy link
        </button>
        {canShare ? (
          <button type="button" className={secondaryButton} onClick={share}>
            Share
          </button>
        ) : null}
        <button type="button" className={secondaryButton} onClick={() => window.print()}>
          Print handout
        </button>
      </div>
      <p role="status" className="mt-2 mb-0 min-h-6 text-[0.95rem]">
        {message}
      </p>
      {fallbackText !== null ? <SelectedText label="Link to copy" text={fallbackText} /> : null}
    </div>
  )
}
