/**
 * Copy link, Share and Print for the article pages, as a small plain module
 * rather than a React component: with it, an article needs no framework
 * runtime at all (about 130 kB of JavaScript a phone no longer downloads and
 * runs). The buttons are in the page's HTML; this file gives them behaviour.
 * Without JavaScript the bar is hidden (public/no-js.css).
 */

/** The address to share: the page's canonical URL plus the section in view, never any query string. */
export function shareableUrl(canonicalUrl, hash) {
  const url = new URL(canonicalUrl)
  url.search = ''
  url.hash = /^#[\w-]+$/.test(hash) ? hash : ''
  return url.toString()
}

async function copyToClipboard(text) {
  try {
    if (!navigator.clipboard?.writeText) return false
    await navigator.clipboard.writeText(text)
    return true
  } catch {
    return false
  }
}

/** Shows the link selected in a text box, for the reader to copy by hand. */
function showSelected(bar, text) {
  let box = bar.querySelector('[data-share-fallback]')
  if (!box) {
    box = document.createElement('input')
    box.setAttribute('data-share-fallback', '')
    box.setAttribute('aria-label', 'Link to copy')
    box.readOnly = true
    box.className = 'mt-2 w-full rounded border border-line p-2'
    bar.append(box)
  }
  box.value = text
  box.focus()
  box.select()
}

export function enhanceShareBar(bar) {
  const { canonicalUrl, title } = bar.dataset
  const status = bar.querySelector('[role="status"]')
  const currentUrl = () => shareableUrl(canonicalUrl, window.location.hash)
  const shareButton = bar.querySelector('[data-share-action="share"]')
  if (typeof navigator.share === 'function') shareButton.hidden = false

  bar.addEventListener('click', async (event) => {
    const action = event.target.closest('[data-share-action]')?.dataset.shareAction
    if (action === 'copy') {
      const url = currentUrl()
      if (await copyToClipboard(url)) {
        status.textContent = url.includes('#') ? 'Link to this section copied.' : 'Link copied.'
      } else {
        status.textContent = 'Copying is not available here. The link is selected below: copy it from there.'
        showSelected(bar, url)
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

for (const bar of document.querySelectorAll('[data-share-bar]')) enhanceShareBar(bar)
