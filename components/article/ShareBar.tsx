import { secondaryButton } from '@/components/button-styles'
import type { Locale } from '@/lib/i18n/locales'
import { articleMessages } from './messages'

type ShareBarProps = { canonicalUrl: string; title: string; locale: Locale }

/**
 * Copy link, share and print for clinic staff. The buttons are plain HTML;
 * islands/share-bar.ts (a small module, no framework) gives them behaviour:
 * copying uses the Clipboard API and falls back to a selected text box, and
 * the Share button appears only where the browser has the Web Share API.
 * Without JavaScript the bar stays hidden; the address bar and the browser's
 * own print still work.
 *
 * The texts the module writes (the status line, the fallback box's name) are in
 * the data-message-* attributes, in the page's language, so the module carries
 * no text of its own: dataset.messageCopied, messageSectionCopied,
 * messageCopyFailed and messageFallbackLabel.
 */
export function ShareBar({ canonicalUrl, title, locale }: ShareBarProps) {
  const t = articleMessages[locale]
  return (
    <div
      className="js-only share-bar no-print my-4"
      data-pagefind-ignore
      data-share-bar
      data-canonical-url={canonicalUrl}
      data-title={title}
      data-message-copied={t.shareLinkCopied}
      data-message-section-copied={t.shareSectionLinkCopied}
      data-message-copy-failed={t.shareCopyFailed}
      data-message-fallback-label={t.shareFallbackLabel}
    >
      <div className="flex flex-wrap gap-3">
        <button type="button" className={secondaryButton} data-share-action="copy">
          {t.shareCopyLink}
        </button>
        <button type="button" className={secondaryButton} data-share-action="share" hidden>
          {t.shareShare}
        </button>
        <button type="button" className={secondaryButton} data-share-action="print">
          {t.sharePrintHandout}
        </button>
      </div>
      <p role="status" className="mt-2 mb-0 min-h-6 text-[0.95rem]" />
      {/* A module script runs after the page is parsed (deferred by the HTML spec), and once however many bars a page has. */}
      {/* eslint-disable-next-line @next/next/no-sync-scripts */}
      <script type="module" src="/islands/share-bar.js" />
    </div>
  )
}
