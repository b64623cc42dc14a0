/**
 * Copying for the tools and the share bar. The Clipboard API is missing on
 * plain-http pages and refused by some browsers and settings; the caller then
 * shows the text selected in a read-only box so the reader can copy it by hand.
 */
export async function copyToClipboard(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard?.writeText) return false
    await navigator.clipboard.writeText(text)
    return true
  } catch {
    return false
  }
}

/** The look of the read-only box that holds text to copy by hand, wherever it is drawn. */
export const selectedTextClass = 'mt-2 w-full rounded border border-line p-2'
