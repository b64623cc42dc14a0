import { secondaryButton } from '@/components/button-styles'

type ShareBarProps = { canonicalUrl: string; title: string }

/**
 * Copy link, share and print for clinic staff. The buttons are plain HTML;
 * islands/share-bar.ts (a small module, no framework) gives them behaviour:
 * copying uses the Clipboard API and falls back to a selected text box, and
 * the Share button appears only where the browser has the Web Share API.
 * Without JavaScript the bar stays hidden; the address bar and the browser's
 * own print still work.
 */
export function ShareBar({ canonicalUrl, title }: ShareBarProps) {
  return (
    <div
      className="js-only share-bar no-print my-4"
      data-pagefind-ignore
      data-share-bar
      data-canonical-url={canonicalUrl}
      data-title={title}
    >
      <div className="flex flex-wrap gap-3">
        <button type="button" className={secondaryButton} data-share-action="copy">
          Copy link
        </button>
        <button type="button" className={secondaryButton} data-share-action="share" hidden>
          Share
        </button>
        <button type="button" className={secondaryButton} data-share-action="print">
          Print handout
        </button>
      </div>
      <p role="status" className="mt-2 mb-0 min-h-6 text-[0.95rem]" />
      {/* A module script runs after the page is parsed (deferred by the HTML spec), and once however many bars a page has. */}
      {/* eslint-disable-next-line @next/next/no-sync-scripts */}
      <script type="module" src="/islands/share-bar.js" />
    </div>
  )
}
